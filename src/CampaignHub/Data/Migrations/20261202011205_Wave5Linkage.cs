using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave5Linkage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ConcernedLeaders",
                table: "Opinions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackReturnCount",
                table: "Opinions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "FeedbackReturnReason",
                table: "Opinions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpperDepartmentName",
                table: "Opinions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GrassrootsVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrassrootsUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Theme = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrassrootsVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrassrootsVisits_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GrassrootsVisits_People_LeaderPersonId",
                        column: x => x.LeaderPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GrassrootsVisits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UpperDepartmentVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DepartmentVisited = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ExperienceTakenOver = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UpperDepartmentVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UpperDepartmentVisits_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UpperDepartmentVisits_People_LeaderPersonId",
                        column: x => x.LeaderPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UpperDepartmentVisits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrassrootsRootedAboveClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GrassrootsVisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpinionId = table.Column<int>(type: "INTEGER", nullable: true),
                    RectificationItemId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrassrootsRootedAboveClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GrassrootsRootedAboveClaims_GrassrootsVisits_GrassrootsVisitId",
                        column: x => x.GrassrootsVisitId,
                        principalTable: "GrassrootsVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GrassrootsRootedAboveClaims_Opinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "Opinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_GrassrootsRootedAboveClaims_RectificationItems_RectificationItemId",
                        column: x => x.RectificationItemId,
                        principalTable: "RectificationItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "UpperVisitFirstBatchItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UpperDepartmentVisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LocalMeasures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UpperVisitFirstBatchItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UpperVisitFirstBatchItems_UpperDepartmentVisits_UpperDepartmentVisitId",
                        column: x => x.UpperDepartmentVisitId,
                        principalTable: "UpperDepartmentVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UpperVisitReportedProblems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UpperDepartmentVisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UpperAnswer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UpperVisitReportedProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UpperVisitReportedProblems_UpperDepartmentVisits_UpperDepartmentVisitId",
                        column: x => x.UpperDepartmentVisitId,
                        principalTable: "UpperDepartmentVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsRootedAboveClaims_GrassrootsVisitId",
                table: "GrassrootsRootedAboveClaims",
                column: "GrassrootsVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsRootedAboveClaims_OpinionId",
                table: "GrassrootsRootedAboveClaims",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsRootedAboveClaims_RectificationItemId",
                table: "GrassrootsRootedAboveClaims",
                column: "RectificationItemId");

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsVisits_CampaignId_UnitId",
                table: "GrassrootsVisits",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsVisits_LeaderPersonId",
                table: "GrassrootsVisits",
                column: "LeaderPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_GrassrootsVisits_UnitId",
                table: "GrassrootsVisits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UpperDepartmentVisits_CampaignId_UnitId",
                table: "UpperDepartmentVisits",
                columns: new[] { "CampaignId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_UpperDepartmentVisits_LeaderPersonId",
                table: "UpperDepartmentVisits",
                column: "LeaderPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_UpperDepartmentVisits_UnitId",
                table: "UpperDepartmentVisits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_UpperVisitFirstBatchItems_UpperDepartmentVisitId",
                table: "UpperVisitFirstBatchItems",
                column: "UpperDepartmentVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_UpperVisitReportedProblems_UpperDepartmentVisitId",
                table: "UpperVisitReportedProblems",
                column: "UpperDepartmentVisitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GrassrootsRootedAboveClaims");

            migrationBuilder.DropTable(
                name: "UpperVisitFirstBatchItems");

            migrationBuilder.DropTable(
                name: "UpperVisitReportedProblems");

            migrationBuilder.DropTable(
                name: "GrassrootsVisits");

            migrationBuilder.DropTable(
                name: "UpperDepartmentVisits");

            migrationBuilder.DropColumn(
                name: "ConcernedLeaders",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "FeedbackReturnCount",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "FeedbackReturnReason",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "UpperDepartmentName",
                table: "Opinions");
        }
    }
}
