using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave6ContactDutyCompleteness : Migration
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
                name: "ResearchExchangeReports");

            migrationBuilder.DropTable(
                name: "ResearchExchanges");

            migrationBuilder.DropTable(
                name: "ResearchTopics");

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
