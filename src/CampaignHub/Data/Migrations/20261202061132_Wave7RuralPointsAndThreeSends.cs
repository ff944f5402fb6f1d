using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave7RuralPointsAndThreeSends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartyPairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficeOrganisationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RuralUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RuralOrganisationName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RuralKind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyPairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyPairings_Units_OfficeUnitId",
                        column: x => x.OfficeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyPairings_Units_RuralUnitId",
                        column: x => x.RuralUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RuralPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    VillageName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VillageUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuralPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuralPoints_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RuralPoints_Units_VillageUnitId",
                        column: x => x.VillageUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ThreeSendsRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    SenderPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientKind = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThreeSendsRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThreeSendsRecords_People_SenderPersonId",
                        column: x => x.SenderPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThreeSendsRecords_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyPairingActivities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PartyPairingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyPairingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyPairingActivities_PartyPairings_PartyPairingId",
                        column: x => x.PartyPairingId,
                        principalTable: "PartyPairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RuralPointContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstructorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AmountYuan = table.Column<double>(type: "REAL", precision: 12, scale: 2, nullable: true),
                    VoucherNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ComputerCount = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RuralPointId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuralPointContributions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RuralPointContributions_RuralPoints_RuralPointId",
                        column: x => x.RuralPointId,
                        principalTable: "RuralPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PartyPairingActivities_PartyPairingId",
                table: "PartyPairingActivities",
                column: "PartyPairingId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyPairings_OfficeUnitId",
                table: "PartyPairings",
                column: "OfficeUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyPairings_RuralUnitId",
                table: "PartyPairings",
                column: "RuralUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RuralPointContributions_RuralPointId",
                table: "RuralPointContributions",
                column: "RuralPointId");

            migrationBuilder.CreateIndex(
                name: "IX_RuralPoints_UnitId",
                table: "RuralPoints",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RuralPoints_VillageUnitId",
                table: "RuralPoints",
                column: "VillageUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_RuralPoints_Year_UnitId",
                table: "RuralPoints",
                columns: new[] { "Year", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ThreeSendsRecords_SenderPersonId",
                table: "ThreeSendsRecords",
                column: "SenderPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ThreeSendsRecords_UnitId_SentOn",
                table: "ThreeSendsRecords",
                columns: new[] { "UnitId", "SentOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PartyPairingActivities");

            migrationBuilder.DropTable(
                name: "RuralPointContributions");

            migrationBuilder.DropTable(
                name: "ThreeSendsRecords");

            migrationBuilder.DropTable(
                name: "PartyPairings");

            migrationBuilder.DropTable(
                name: "RuralPoints");
        }
    }
}
