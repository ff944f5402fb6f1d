using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave5Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "Rules_RedoRecognitionThreshold",
                table: "Campaigns",
                type: "REAL",
                nullable: false,
                defaultValue: 0.69999999999999996);

            migrationBuilder.CreateTable(
                name: "EvaluationComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationComments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationComments_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PrincipalLeaderRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    InterviewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Commitments = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    BasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    Dissatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrincipalLeaderRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrincipalLeaderRecords_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PrincipalLeaderRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PrincipalLeaderRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedoOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    ReportSubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReEvaluations = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedoOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedoOrders_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RedoOrders_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DemocraticEvaluations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    RedoOrderId = table.Column<int>(type: "INTEGER", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SummaryMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Threshold = table.Column<double>(type: "REAL", precision: 5, scale: 4, nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemocraticEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DemocraticEvaluations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DemocraticEvaluations_RedoOrders_RedoOrderId",
                        column: x => x.RedoOrderId,
                        principalTable: "RedoOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DemocraticEvaluations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RedoSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RedoOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1200, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedoSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RedoSteps_RedoOrders_RedoOrderId",
                        column: x => x.RedoOrderId,
                        principalTable: "RedoOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationBallots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DemocraticEvaluationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RaterKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Conduct = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemSolving = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationBallots_DemocraticEvaluations_DemocraticEvaluationId",
                        column: x => x.DemocraticEvaluationId,
                        principalTable: "DemocraticEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationBallotMemberRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EvaluationBallotId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Conduct = table.Column<int>(type: "INTEGER", nullable: false),
                    ProblemSolving = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationBallotMemberRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationBallotMemberRatings_EvaluationBallots_EvaluationBallotId",
                        column: x => x.EvaluationBallotId,
                        principalTable: "EvaluationBallots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationBallotMemberRatings_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticEvaluations_CampaignId_UnitId_Round",
                table: "DemocraticEvaluations",
                columns: new[] { "CampaignId", "UnitId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticEvaluations_RedoOrderId",
                table: "DemocraticEvaluations",
                column: "RedoOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_DemocraticEvaluations_UnitId",
                table: "DemocraticEvaluations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationBallotMemberRatings_EvaluationBallotId_PersonId",
                table: "EvaluationBallotMemberRatings",
                columns: new[] { "EvaluationBallotId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationBallotMemberRatings_PersonId",
                table: "EvaluationBallotMemberRatings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationBallots_DemocraticEvaluationId_Number",
                table: "EvaluationBallots",
                columns: new[] { "DemocraticEvaluationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComments_CampaignId_UnitId",
                table: "EvaluationComments",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationComments_UnitId",
                table: "EvaluationComments",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PrincipalLeaderRecords_CampaignId_UnitId",
                table: "PrincipalLeaderRecords",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_PrincipalLeaderRecords_PersonId",
                table: "PrincipalLeaderRecords",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PrincipalLeaderRecords_UnitId",
                table: "PrincipalLeaderRecords",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RedoOrders_CampaignId_UnitId",
                table: "RedoOrders",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_RedoOrders_UnitId",
                table: "RedoOrders",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RedoSteps_RedoOrderId",
                table: "RedoSteps",
                column: "RedoOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationBallotMemberRatings");

            migrationBuilder.DropTable(
                name: "EvaluationComments");

            migrationBuilder.DropTable(
                name: "PrincipalLeaderRecords");

            migrationBuilder.DropTable(
                name: "RedoSteps");

            migrationBuilder.DropTable(
                name: "EvaluationBallots");

            migrationBuilder.DropTable(
                name: "DemocraticEvaluations");

            migrationBuilder.DropTable(
                name: "RedoOrders");

            migrationBuilder.DropColumn(
                name: "Rules_RedoRecognitionThreshold",
                table: "Campaigns");
        }
    }
}
