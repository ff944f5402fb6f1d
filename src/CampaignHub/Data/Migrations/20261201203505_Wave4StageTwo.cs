using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave4StageTwo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemocraticLifeMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ScheduledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UpperLeaderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SupervisionGroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupervisionReview = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BriefingHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BriefingAttendance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BriefingMaterial = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemocraticLifeMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemocraticLifeMeetings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DemocraticLifeMeetings_SupervisionGroups_SupervisionGroupId",
                        column: x => x.SupervisionGroupId,
                        principalTable: "SupervisionGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_DemocraticLifeMeetings_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentOversights",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    MemberPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    DepartmentUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentOversights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DepartmentOversights_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DepartmentOversights_People_MemberPersonId",
                        column: x => x.MemberPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentOversights_Units_DepartmentUnitId",
                        column: x => x.DepartmentUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DepartmentOversights_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HeartToHeartTalks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topics = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OpinionsToFirst = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    OpinionsToSecond = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeartToHeartTalks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeartToHeartTalks_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeartToHeartTalks_People_FirstPersonId",
                        column: x => x.FirstPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeartToHeartTalks_People_SecondPersonId",
                        column: x => x.SecondPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HeartToHeartTalks_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfExaminationMaterials",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FourWindsProblems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConductStatement = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RootsAnalysis = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DirectionAndMeasures = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    CirculationScope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SentOutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfExaminationMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfExaminationMaterials_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SelfExaminationMaterials_People_AuthorPersonId",
                        column: x => x.AuthorPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SelfExaminationMaterials_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DemocraticLifeMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    SelfCriticism = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    CriticismReceived = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ResponseToPublic = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingContributions_DemocraticLifeMeetings_DemocraticLifeMeetingId",
                        column: x => x.DemocraticLifeMeetingId,
                        principalTable: "DemocraticLifeMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingContributions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberAppraisals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DemocraticLifeMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMemberAppraisals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyMemberAppraisals_DemocraticLifeMeetings_DemocraticLifeMeetingId",
                        column: x => x.DemocraticLifeMeetingId,
                        principalTable: "DemocraticLifeMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PartyMemberAppraisals_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SelfExaminationMaterialComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelfExaminationMaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ByRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfExaminationMaterialComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfExaminationMaterialComments_SelfExaminationMaterials_SelfExaminationMaterialId",
                        column: x => x.SelfExaminationMaterialId,
                        principalTable: "SelfExaminationMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfExaminationMaterialVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SelfExaminationMaterialId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FourWindsProblems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ConductStatement = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RootsAnalysis = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DirectionAndMeasures = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfExaminationMaterialVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfExaminationMaterialVersions_SelfExaminationMaterials_SelfExaminationMaterialId",
                        column: x => x.SelfExaminationMaterialId,
                        principalTable: "SelfExaminationMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticLifeMeetings_CampaignId_UnitId",
                table: "DemocraticLifeMeetings",
                columns: new[] { "CampaignId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticLifeMeetings_SupervisionGroupId",
                table: "DemocraticLifeMeetings",
                column: "SupervisionGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticLifeMeetings_UnitId",
                table: "DemocraticLifeMeetings",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentOversights_CampaignId_UnitId_MemberPersonId_DepartmentUnitId",
                table: "DepartmentOversights",
                columns: new[] { "CampaignId", "UnitId", "MemberPersonId", "DepartmentUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentOversights_DepartmentUnitId",
                table: "DepartmentOversights",
                column: "DepartmentUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentOversights_MemberPersonId",
                table: "DepartmentOversights",
                column: "MemberPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentOversights_UnitId",
                table: "DepartmentOversights",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HeartToHeartTalks_CampaignId_UnitId",
                table: "HeartToHeartTalks",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_HeartToHeartTalks_FirstPersonId",
                table: "HeartToHeartTalks",
                column: "FirstPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_HeartToHeartTalks_SecondPersonId",
                table: "HeartToHeartTalks",
                column: "SecondPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_HeartToHeartTalks_UnitId",
                table: "HeartToHeartTalks",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingContributions_DemocraticLifeMeetingId_PersonId",
                table: "MeetingContributions",
                columns: new[] { "DemocraticLifeMeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingContributions_PersonId",
                table: "MeetingContributions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberAppraisals_DemocraticLifeMeetingId_PersonId",
                table: "PartyMemberAppraisals",
                columns: new[] { "DemocraticLifeMeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberAppraisals_PersonId",
                table: "PartyMemberAppraisals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfExaminationMaterialComments_SelfExaminationMaterialId",
                table: "SelfExaminationMaterialComments",
                column: "SelfExaminationMaterialId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfExaminationMaterials_AuthorPersonId",
                table: "SelfExaminationMaterials",
                column: "AuthorPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfExaminationMaterials_CampaignId_UnitId_Kind_AuthorPersonId",
                table: "SelfExaminationMaterials",
                columns: new[] { "CampaignId", "UnitId", "Kind", "AuthorPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfExaminationMaterials_UnitId",
                table: "SelfExaminationMaterials",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfExaminationMaterialVersions_SelfExaminationMaterialId_Number",
                table: "SelfExaminationMaterialVersions",
                columns: new[] { "SelfExaminationMaterialId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DepartmentOversights");

            migrationBuilder.DropTable(
                name: "HeartToHeartTalks");

            migrationBuilder.DropTable(
                name: "MeetingContributions");

            migrationBuilder.DropTable(
                name: "PartyMemberAppraisals");

            migrationBuilder.DropTable(
                name: "SelfExaminationMaterialComments");

            migrationBuilder.DropTable(
                name: "SelfExaminationMaterialVersions");

            migrationBuilder.DropTable(
                name: "DemocraticLifeMeetings");

            migrationBuilder.DropTable(
                name: "SelfExaminationMaterials");
        }
    }
}
