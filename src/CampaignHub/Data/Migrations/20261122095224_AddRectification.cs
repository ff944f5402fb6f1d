using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations;

[DbContext(typeof(CampaignHubDbContext))]
[Migration("20261122095224_AddRectification")]
public sealed class AddRectification : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "PublicRatings",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ItemKind = table.Column<int>(type: "INTEGER", nullable: false),
                ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                DeviceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Rating = table.Column<int>(type: "INTEGER", nullable: false),
                RatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PublicRatings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SpecialRectificationThemes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SpecialRectificationThemes", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "CommitmentLedgers",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                DueDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CommitmentLedgers", x => x.Id);
                table.ForeignKey(
                    name: "FK_CommitmentLedgers_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Commitments",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                Content = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Goal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Deadline = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                PromisedTo = table.Column<int>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                FiledOn = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                FiledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                DoneOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                ResultNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                RatedSatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                RatedBasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                RatedUnsatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Commitments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Commitments_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Commitments_Units_ResponsibleUnitId",
                    column: x => x.ResponsibleUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "RectificationItems",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Goal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                Measures = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Deadline = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                IsQuickFix = table.Column<bool>(type: "INTEGER", nullable: false),
                ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                SpecialRectificationThemeId = table.Column<int>(type: "INTEGER", nullable: true),
                IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                NoEvidenceReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                StartedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                CompletedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                VerifiedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                VerificationComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                LastReopenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                RatedSatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                RatedBasicallySatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                RatedUnsatisfied = table.Column<int>(type: "INTEGER", nullable: false),
                NeedsReopenReview = table.Column<bool>(type: "INTEGER", nullable: false),
                CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RectificationItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_RectificationItems_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_RectificationItems_SpecialRectificationThemes_SpecialRectificationThemeId",
                    column: x => x.SpecialRectificationThemeId,
                    principalTable: "SpecialRectificationThemes",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_RectificationItems_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ThreeChecksReviews",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                Positive = table.Column<bool>(type: "INTEGER", nullable: false),
                Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                SatisfactionRate = table.Column<double>(type: "REAL", nullable: true),
                ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ThreeChecksReviews", x => x.Id);
                table.ForeignKey(
                    name: "FK_ThreeChecksReviews_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ThreeChecksReviews_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Opinions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                Source = table.Column<int>(type: "INTEGER", nullable: false),
                Category = table.Column<int>(type: "INTEGER", nullable: false),
                Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                RaisedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                RaisedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                RaisedByPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                SubmittedByPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                EnteredByUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                EnteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                RootedAbove = table.Column<bool>(type: "INTEGER", nullable: false),
                RootedAboveFromUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                EscalatedToUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                EscalationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                EscalatedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                ClaimedByUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ClaimedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                DueOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                RectificationItemId = table.Column<int>(type: "INTEGER", nullable: true),
                Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                AnsweredOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                ClosedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Opinions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Opinions_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Opinions_RectificationItems_RectificationItemId",
                    column: x => x.RectificationItemId,
                    principalTable: "RectificationItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Opinions_Units_ClaimedByUnitId",
                    column: x => x.ClaimedByUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Opinions_Units_EnteredByUnitId",
                    column: x => x.EnteredByUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Opinions_Units_EscalatedToUnitId",
                    column: x => x.EscalatedToUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Opinions_Units_RootedAboveFromUnitId",
                    column: x => x.RootedAboveFromUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "RectificationEvidence",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RectificationItemId = table.Column<int>(type: "INTEGER", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                StoragePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RectificationEvidence", x => x.Id);
                table.ForeignKey(
                    name: "FK_RectificationEvidence_RectificationItems_RectificationItemId",
                    column: x => x.RectificationItemId,
                    principalTable: "RectificationItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CommitmentLedgers_CampaignId",
            table: "CommitmentLedgers",
            column: "CampaignId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Commitments_CampaignId_ResponsibleUnitId",
            table: "Commitments",
            columns: new[] { "CampaignId", "ResponsibleUnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_Commitments_ResponsibleUnitId",
            table: "Commitments",
            column: "ResponsibleUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_CampaignId_Status",
            table: "Opinions",
            columns: new[] { "CampaignId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_ClaimedByUnitId",
            table: "Opinions",
            column: "ClaimedByUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_EnteredByUnitId",
            table: "Opinions",
            column: "EnteredByUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_EscalatedToUnitId",
            table: "Opinions",
            column: "EscalatedToUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_ReceiptNumber",
            table: "Opinions",
            column: "ReceiptNumber",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_RectificationItemId",
            table: "Opinions",
            column: "RectificationItemId");

        migrationBuilder.CreateIndex(
            name: "IX_Opinions_RootedAboveFromUnitId",
            table: "Opinions",
            column: "RootedAboveFromUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_PublicRatings_ItemKind_ItemId_DeviceId",
            table: "PublicRatings",
            columns: new[] { "ItemKind", "ItemId", "DeviceId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_RectificationEvidence_RectificationItemId",
            table: "RectificationEvidence",
            column: "RectificationItemId");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationItems_CampaignId_UnitId",
            table: "RectificationItems",
            columns: new[] { "CampaignId", "UnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_RectificationItems_NeedsReopenReview",
            table: "RectificationItems",
            column: "NeedsReopenReview");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationItems_SpecialRectificationThemeId",
            table: "RectificationItems",
            column: "SpecialRectificationThemeId");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationItems_UnitId",
            table: "RectificationItems",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_SpecialRectificationThemes_Name",
            table: "SpecialRectificationThemes",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ThreeChecksReviews_CampaignId_UnitId_Bucket",
            table: "ThreeChecksReviews",
            columns: new[] { "CampaignId", "UnitId", "Bucket" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ThreeChecksReviews_UnitId",
            table: "ThreeChecksReviews",
            column: "UnitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RectificationEvidence");
        migrationBuilder.DropTable(name: "Opinions");
        migrationBuilder.DropTable(name: "ThreeChecksReviews");
        migrationBuilder.DropTable(name: "RectificationItems");
        migrationBuilder.DropTable(name: "Commitments");
        migrationBuilder.DropTable(name: "CommitmentLedgers");
        migrationBuilder.DropTable(name: "SpecialRectificationThemes");
        migrationBuilder.DropTable(name: "PublicRatings");
    }
}
