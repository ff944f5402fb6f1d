using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave3OrdersOpinions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Closure",
                table: "RectificationOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedBy",
                table: "Opinions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AssignedOn",
                table: "Opinions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ContactActivityId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalatedBy",
                table: "Opinions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EscalatedFromUnitId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedByName",
                table: "Opinions",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReceivedByPersonId",
                table: "Opinions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RectificationOrderFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RectificationOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrderFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrderFeedback_RectificationOrders_RectificationOrderId",
                        column: x => x.RectificationOrderId,
                        principalTable: "RectificationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RectificationOrderFeedbackEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrderFeedbackId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationOrderFeedbackEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RectificationOrderFeedbackEvidence_RectificationOrderFeedback_OrderFeedbackId",
                        column: x => x.OrderFeedbackId,
                        principalTable: "RectificationOrderFeedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ContactActivityId",
                table: "Opinions",
                column: "ContactActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_EscalatedFromUnitId",
                table: "Opinions",
                column: "EscalatedFromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Opinions_ReceivedByPersonId",
                table: "Opinions",
                column: "ReceivedByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrderFeedback_RectificationOrderId_Round",
                table: "RectificationOrderFeedback",
                columns: new[] { "RectificationOrderId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationOrderFeedbackEvidence_OrderFeedbackId",
                table: "RectificationOrderFeedbackEvidence",
                column: "OrderFeedbackId");

            migrationBuilder.AddForeignKey(
                name: "FK_Opinions_ContactActivities_ContactActivityId",
                table: "Opinions",
                column: "ContactActivityId",
                principalTable: "ContactActivities",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Opinions_People_ReceivedByPersonId",
                table: "Opinions",
                column: "ReceivedByPersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Opinions_Units_EscalatedFromUnitId",
                table: "Opinions",
                column: "EscalatedFromUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Opinions_ContactActivities_ContactActivityId",
                table: "Opinions");

            migrationBuilder.DropForeignKey(
                name: "FK_Opinions_People_ReceivedByPersonId",
                table: "Opinions");

            migrationBuilder.DropForeignKey(
                name: "FK_Opinions_Units_EscalatedFromUnitId",
                table: "Opinions");

            migrationBuilder.DropTable(
                name: "RectificationOrderFeedbackEvidence");

            migrationBuilder.DropTable(
                name: "RectificationOrderFeedback");

            migrationBuilder.DropIndex(
                name: "IX_Opinions_ContactActivityId",
                table: "Opinions");

            migrationBuilder.DropIndex(
                name: "IX_Opinions_EscalatedFromUnitId",
                table: "Opinions");

            migrationBuilder.DropIndex(
                name: "IX_Opinions_ReceivedByPersonId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "Closure",
                table: "RectificationOrders");

            migrationBuilder.DropColumn(
                name: "AssignedBy",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "AssignedOn",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ContactActivityId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "EscalatedBy",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "EscalatedFromUnitId",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ReceivedByName",
                table: "Opinions");

            migrationBuilder.DropColumn(
                name: "ReceivedByPersonId",
                table: "Opinions");
        }
    }
}
