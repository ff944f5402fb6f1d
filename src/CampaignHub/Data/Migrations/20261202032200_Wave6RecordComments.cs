using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave6RecordComments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevisedBy",
                table: "UpperDepartmentVisits",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RevisedOn",
                table: "UpperDepartmentVisits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revisions",
                table: "UpperDepartmentVisits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "EducationPeriodComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ByRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    EducationPeriodId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EducationPeriodComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EducationPeriodComments_EducationPeriods_EducationPeriodId",
                        column: x => x.EducationPeriodId,
                        principalTable: "EducationPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RuleRecordComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ByRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleRecordId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleRecordComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuleRecordComments_RuleRecords_RuleRecordId",
                        column: x => x.RuleRecordId,
                        principalTable: "RuleRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EducationPeriodComments_EducationPeriodId",
                table: "EducationPeriodComments",
                column: "EducationPeriodId");

            migrationBuilder.CreateIndex(
                name: "IX_RuleRecordComments_RuleRecordId",
                table: "RuleRecordComments",
                column: "RuleRecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EducationPeriodComments");

            migrationBuilder.DropTable(
                name: "RuleRecordComments");

            migrationBuilder.DropColumn(
                name: "RevisedBy",
                table: "UpperDepartmentVisits");

            migrationBuilder.DropColumn(
                name: "RevisedOn",
                table: "UpperDepartmentVisits");

            migrationBuilder.DropColumn(
                name: "Revisions",
                table: "UpperDepartmentVisits");
        }
    }
}
