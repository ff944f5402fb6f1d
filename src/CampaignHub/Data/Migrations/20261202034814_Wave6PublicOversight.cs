using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave6PublicOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChannelScheduleId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ObservedItemId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ObservedItemKind",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VolunteerSupervisorId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChannelSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Receiver = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Repeat = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekdayMask = table.Column<int>(type: "INTEGER", nullable: false),
                    DayOfMonth = table.Column<int>(type: "INTEGER", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerSupervisors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerSupervisors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerSupervisors_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VolunteerSupervisorUnits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VolunteerSupervisorId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VolunteerSupervisorUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VolunteerSupervisorUnits_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_VolunteerSupervisorUnits_VolunteerSupervisors_VolunteerSupervisorId",
                        column: x => x.VolunteerSupervisorId,
                        principalTable: "VolunteerSupervisors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ChannelScheduleId",
                table: "Opinions",
                column: "ChannelScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_VolunteerSupervisorId",
                table: "Opinions",
                column: "VolunteerSupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSupervisors_CampaignId",
                table: "VolunteerSupervisors",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSupervisors_UserName",
                table: "VolunteerSupervisors",
                column: "UserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSupervisorUnits_UnitId",
                table: "VolunteerSupervisorUnits",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerSupervisorUnits_VolunteerSupervisorId_UnitId",
                table: "VolunteerSupervisorUnits",
                columns: new[] { "VolunteerSupervisorId", "UnitId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Opinions_ChannelSchedules_ChannelScheduleId",
                table: "Opinions",
                column: "ChannelScheduleId",
                principalTable: "ChannelSchedules",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Opinions_VolunteerSupervisors_VolunteerSupervisorId",
                table: "Opinions",
                column: "VolunteerSupervisorId",
                principalTable: "VolunteerSupervisors",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Opinions_ChannelSchedules_ChannelScheduleId",
                table: "Opinions");

            migrationBuilder.DropForeignKey(
                name: "FK_Opinions_VolunteerSupervisors_VolunteerSupervisorId",
                table: "Opinions");

            migrationBuilder.DropTable(
                name: "ChannelSchedules");

            migrationBuilder.DropTable(
                name: "VolunteerSupervisorUnits");

            migrationBuilder.DropTable(
                name: "VolunteerSupervisors");

            migrationBuilder.DropIndex(
                name: "IX_Opinions_ChannelScheduleId",
                table: "Opinions");

            migrationBuilder.DropIndex(
                name: "IX_Opinions_VolunteerSupervisorId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ChannelScheduleId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ObservedItemId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ObservedItemKind",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "VolunteerSupervisorId",
                table: "Opinions");
        }
    }
}
