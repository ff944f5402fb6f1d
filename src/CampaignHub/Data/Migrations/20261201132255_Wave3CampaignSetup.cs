using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave3CampaignSetup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "UnitIds",
                table: "Milestones",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ArchivedOn",
                table: "Campaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_ExperienceActivitiesMax",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<int>(
                name: "Rules_ExperienceActivitiesMin",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Rules_LedgerDueDate",
                table: "Campaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_MinimumMonthsPerUnit",
                table: "Campaigns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rules_MinimumRespondents",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "Rules_ReopenMinimumRaters",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<double>(
                name: "Rules_ReopenMinimumShare",
                table: "Campaigns",
                type: "REAL",
                nullable: false,
                defaultValue: 0.29999999999999999);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Rules_ThreeChecksEnd",
                table: "Campaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Rules_ThreeChecksStart",
                table: "Campaigns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Campaigns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "UnitIds",
                table: "Milestones");

            migrationBuilder.DropColumn(
                name: "ArchivedOn",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ExperienceActivitiesMax",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ExperienceActivitiesMin",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_LedgerDueDate",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_MinimumMonthsPerUnit",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_MinimumRespondents",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ReopenMinimumRaters",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ReopenMinimumShare",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ThreeChecksEnd",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Rules_ThreeChecksStart",
                table: "Campaigns");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Campaigns");
        }
    }
}
