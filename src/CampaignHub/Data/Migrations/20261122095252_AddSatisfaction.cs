using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations;

[DbContext(typeof(CampaignHubDbContext))]
[Migration("20261122095252_AddSatisfaction")]
public sealed class AddSatisfaction : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SatisfactionSurveys",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                OpensAt = table.Column<long>(type: "INTEGER", nullable: false),
                ClosesAt = table.Column<long>(type: "INTEGER", nullable: false),
                MinimumSample = table.Column<int>(type: "INTEGER", nullable: false),
                UnitsSeeOwnRatesBeforeClose = table.Column<bool>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                ResurveyOfId = table.Column<int>(type: "INTEGER", nullable: true),
                CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id);
                table.ForeignKey(
                    name: "FK_SatisfactionSurveys_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SatisfactionSurveys_SatisfactionSurveys_ResurveyOfId",
                    column: x => x.ResurveyOfId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "SurveyPaperImports",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                SheetCount = table.Column<int>(type: "INTEGER", nullable: false),
                BatchIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyPaperImports", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyPaperImports_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyQuestions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyQuestions_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyRespondentGroups",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Order = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyRespondentGroups", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyRespondentGroups_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyResponseCodes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                RespondentGroupNumber = table.Column<int>(type: "INTEGER", nullable: false),
                Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyResponseCodes", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyResponseCodes_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SurveyResponseCodes_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyResponses",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                RespondentGroupNumber = table.Column<int>(type: "INTEGER", nullable: false),
                SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Source = table.Column<int>(type: "INTEGER", nullable: false),
                PaperBatchId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                PaperSheetNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyResponses_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SurveyResponses_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyTargetUnits",
            columns: table => new
            {
                SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyTargetUnits", x => new { x.SurveyId, x.UnitId });
                table.ForeignKey(
                    name: "FK_SurveyTargetUnits_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SurveyTargetUnits_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "UnitFlags",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                SurveyId = table.Column<int>(type: "INTEGER", nullable: true),
                Rate = table.Column<double>(type: "REAL", nullable: true),
                RaisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ClearedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ClearedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ClearNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_UnitFlags", x => x.Id);
                table.ForeignKey(
                    name: "FK_UnitFlags_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_UnitFlags_SatisfactionSurveys_SurveyId",
                    column: x => x.SurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_UnitFlags_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SurveyAnswers",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SurveyResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                QuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                Answer = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                table.ForeignKey(
                    name: "FK_SurveyAnswers_SurveyResponses_SurveyResponseId",
                    column: x => x.SurveyResponseId,
                    principalTable: "SurveyResponses",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RectificationOrders",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitFlagId = table.Column<int>(type: "INTEGER", nullable: true),
                Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                Deadline = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                ResponseText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                RespondedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ResurveyId = table.Column<int>(type: "INTEGER", nullable: true),
                LastResurveyRate = table.Column<double>(type: "REAL", nullable: true),
                ResurveyRounds = table.Column<int>(type: "INTEGER", nullable: false),
                ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RectificationOrders", x => x.Id);
                table.ForeignKey(
                    name: "FK_RectificationOrders_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_RectificationOrders_SatisfactionSurveys_ResurveyId",
                    column: x => x.ResurveyId,
                    principalTable: "SatisfactionSurveys",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_RectificationOrders_UnitFlags_UnitFlagId",
                    column: x => x.UnitFlagId,
                    principalTable: "UnitFlags",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_RectificationOrders_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RectificationOrderItemLinks",
            columns: table => new
            {
                RectificationOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                RectificationItemId = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RectificationOrderItemLinks", x => new { x.RectificationOrderId, x.RectificationItemId });
                table.ForeignKey(
                    name: "FK_RectificationOrderItemLinks_RectificationOrders_RectificationOrderId",
                    column: x => x.RectificationOrderId,
                    principalTable: "RectificationOrders",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "RectificationOrderSteps",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RectificationOrderId = table.Column<int>(type: "INTEGER", nullable: false),
                Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                At = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RectificationOrderSteps", x => x.Id);
                table.ForeignKey(
                    name: "FK_RectificationOrderSteps_RectificationOrders_RectificationOrderId",
                    column: x => x.RectificationOrderId,
                    principalTable: "RectificationOrders",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_RectificationOrders_CampaignId_UnitId",
            table: "RectificationOrders",
            columns: new[] { "CampaignId", "UnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_RectificationOrders_ResurveyId",
            table: "RectificationOrders",
            column: "ResurveyId");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationOrders_UnitFlagId",
            table: "RectificationOrders",
            column: "UnitFlagId");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationOrders_UnitId",
            table: "RectificationOrders",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_RectificationOrderSteps_RectificationOrderId",
            table: "RectificationOrderSteps",
            column: "RectificationOrderId");

        migrationBuilder.CreateIndex(
            name: "IX_SatisfactionSurveys_CampaignId_Status",
            table: "SatisfactionSurveys",
            columns: new[] { "CampaignId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_SatisfactionSurveys_ResurveyOfId",
            table: "SatisfactionSurveys",
            column: "ResurveyOfId");

        migrationBuilder.CreateIndex(
            name: "IX_SurveyAnswers_SurveyResponseId_QuestionNumber",
            table: "SurveyAnswers",
            columns: new[] { "SurveyResponseId", "QuestionNumber" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SurveyPaperImports_SurveyId",
            table: "SurveyPaperImports",
            column: "SurveyId");

        migrationBuilder.CreateIndex(
            name: "IX_SurveyQuestions_SurveyId_Number",
            table: "SurveyQuestions",
            columns: new[] { "SurveyId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SurveyRespondentGroups_SurveyId_Number",
            table: "SurveyRespondentGroups",
            columns: new[] { "SurveyId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponseCodes_Code",
            table: "SurveyResponseCodes",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponseCodes_SurveyId_UnitId_RespondentGroupNumber",
            table: "SurveyResponseCodes",
            columns: new[] { "SurveyId", "UnitId", "RespondentGroupNumber" });

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponseCodes_UnitId",
            table: "SurveyResponseCodes",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponses_SurveyId_PaperBatchId_PaperSheetNumber",
            table: "SurveyResponses",
            columns: new[] { "SurveyId", "PaperBatchId", "PaperSheetNumber" },
            unique: true,
            filter: "\"PaperBatchId\" IS NOT NULL");

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponses_SurveyId_UnitId",
            table: "SurveyResponses",
            columns: new[] { "SurveyId", "UnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_SurveyResponses_UnitId",
            table: "SurveyResponses",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_SurveyTargetUnits_UnitId",
            table: "SurveyTargetUnits",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_UnitFlags_CampaignId_UnitId",
            table: "UnitFlags",
            columns: new[] { "CampaignId", "UnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_UnitFlags_SurveyId",
            table: "UnitFlags",
            column: "SurveyId");

        migrationBuilder.CreateIndex(
            name: "IX_UnitFlags_UnitId",
            table: "UnitFlags",
            column: "UnitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "RectificationOrderSteps");
        migrationBuilder.DropTable(name: "RectificationOrderItemLinks");
        migrationBuilder.DropTable(name: "RectificationOrders");
        migrationBuilder.DropTable(name: "SurveyAnswers");
        migrationBuilder.DropTable(name: "UnitFlags");
        migrationBuilder.DropTable(name: "SurveyTargetUnits");
        migrationBuilder.DropTable(name: "SurveyResponses");
        migrationBuilder.DropTable(name: "SurveyResponseCodes");
        migrationBuilder.DropTable(name: "SurveyRespondentGroups");
        migrationBuilder.DropTable(name: "SurveyQuestions");
        migrationBuilder.DropTable(name: "SurveyPaperImports");
        migrationBuilder.DropTable(name: "SatisfactionSurveys");
    }
}
