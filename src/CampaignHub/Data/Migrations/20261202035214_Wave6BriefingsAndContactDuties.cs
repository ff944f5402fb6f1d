using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave6BriefingsAndContactDuties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AssignedCaseOwnerPersonId",
                table: "ReceptionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReplySignedAt",
                table: "ReceptionCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Briefings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    EditedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CompiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Briefings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Briefings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchExchanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchExchanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchExchanges_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResearchPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchPlans_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ResearchPlans_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NewsItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReturnCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SelectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BriefingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsItems_Briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalTable: "Briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_NewsItems_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_NewsItems_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchTopics",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReportSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportFiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResearchPlanId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchTopics", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchTopics_ResearchPlans_ResearchPlanId",
                        column: x => x.ResearchPlanId,
                        principalTable: "ResearchPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BriefingArticles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BriefingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    NewsItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BriefingArticles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BriefingArticles_Briefings_BriefingId",
                        column: x => x.BriefingId,
                        principalTable: "Briefings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefingArticles_NewsItems_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "NewsItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BriefingArticles_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NewsEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NewsItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoredPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsEvidence_NewsItems_NewsItemId",
                        column: x => x.NewsItemId,
                        principalTable: "NewsItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchExchangeReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResearchTopicId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResearchExchangeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchExchangeReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchExchangeReports_ResearchExchanges_ResearchExchangeId",
                        column: x => x.ResearchExchangeId,
                        principalTable: "ResearchExchanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ResearchExchangeReports_ResearchTopics_ResearchTopicId",
                        column: x => x.ResearchTopicId,
                        principalTable: "ResearchTopics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReceptionCases_AssignedCaseOwnerPersonId",
                table: "ReceptionCases",
                column: "AssignedCaseOwnerPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingArticles_BriefingId",
                table: "BriefingArticles",
                column: "BriefingId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingArticles_NewsItemId",
                table: "BriefingArticles",
                column: "NewsItemId");

            migrationBuilder.CreateIndex(
                name: "IX_BriefingArticles_UnitId",
                table: "BriefingArticles",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Briefings_CampaignId_Number",
                table: "Briefings",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NewsEvidence_NewsItemId",
                table: "NewsEvidence",
                column: "NewsItemId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_BriefingId",
                table: "NewsItems",
                column: "BriefingId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_CampaignId_UnitId",
                table: "NewsItems",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_NewsItems_UnitId",
                table: "NewsItems",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchExchangeReports_ResearchExchangeId",
                table: "ResearchExchangeReports",
                column: "ResearchExchangeId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchExchangeReports_ResearchTopicId",
                table: "ResearchExchangeReports",
                column: "ResearchTopicId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchExchanges_UnitId_HeldOn",
                table: "ResearchExchanges",
                columns: new[] { "UnitId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResearchPlans_PersonId_Year",
                table: "ResearchPlans",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ResearchPlans_UnitId",
                table: "ResearchPlans",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchTopics_ResearchPlanId",
                table: "ResearchTopics",
                column: "ResearchPlanId");

            migrationBuilder.AddForeignKey(
                name: "FK_ReceptionCases_People_AssignedCaseOwnerPersonId",
                table: "ReceptionCases",
                column: "AssignedCaseOwnerPersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ReceptionCases_People_AssignedCaseOwnerPersonId",
                table: "ReceptionCases");

            migrationBuilder.DropTable(
                name: "BriefingArticles");

            migrationBuilder.DropTable(
                name: "NewsEvidence");

            migrationBuilder.DropTable(
                name: "ResearchExchangeReports");

            migrationBuilder.DropTable(
                name: "NewsItems");

            migrationBuilder.DropTable(
                name: "ResearchExchanges");

            migrationBuilder.DropTable(
                name: "ResearchTopics");

            migrationBuilder.DropTable(
                name: "Briefings");

            migrationBuilder.DropTable(
                name: "ResearchPlans");

            migrationBuilder.DropIndex(
                name: "IX_ReceptionCases_AssignedCaseOwnerPersonId",
                table: "ReceptionCases");

            migrationBuilder.DropColumn(
                name: "AssignedCaseOwnerPersonId",
                table: "ReceptionCases");

            migrationBuilder.DropColumn(
                name: "ReplySignedAt",
                table: "ReceptionCases");
        }
    }
}
