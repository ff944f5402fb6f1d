using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations;

[DbContext(typeof(CampaignHubDbContext))]
[Migration("20261122095224_AddPlans")]
public sealed class AddPlans : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ImplementationPlans",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                GuidingIdea = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                MainContent = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                Schedule = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                Organisation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ImplementationPlans", x => x.Id);
                table.ForeignKey(
                    name: "FK_ImplementationPlans_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_ImplementationPlans_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PlanVersions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                GuidingIdea = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                MainContent = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                Schedule = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                Organisation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Decision = table.Column<int>(type: "INTEGER", nullable: false),
                DecisionComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                DecidedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PlanVersions", x => x.Id);
                table.ForeignKey(
                    name: "FK_PlanVersions_ImplementationPlans_PlanId",
                    column: x => x.PlanId,
                    principalTable: "ImplementationPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkItems",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                PhaseId = table.Column<int>(type: "INTEGER", nullable: true),
                MilestoneId = table.Column<int>(type: "INTEGER", nullable: true),
                PlannedDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                ResponsiblePersonId = table.Column<int>(type: "INTEGER", nullable: true),
                VisitTheme = table.Column<int>(type: "INTEGER", nullable: true),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                ProgressPercent = table.Column<int>(type: "INTEGER", nullable: false),
                Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                StartedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                CompletedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkItems", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkItems_Campaigns_CampaignId",
                    column: x => x.CampaignId,
                    principalTable: "Campaigns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_WorkItems_Milestones_MilestoneId",
                    column: x => x.MilestoneId,
                    principalTable: "Milestones",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkItems_People_ResponsiblePersonId",
                    column: x => x.ResponsiblePersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkItems_Phases_PhaseId",
                    column: x => x.PhaseId,
                    principalTable: "Phases",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_WorkItems_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "WorkItemEvidence",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                WorkItemId = table.Column<int>(type: "INTEGER", nullable: false),
                FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                StoredPath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_WorkItemEvidence", x => x.Id);
                table.ForeignKey(
                    name: "FK_WorkItemEvidence_WorkItems_WorkItemId",
                    column: x => x.WorkItemId,
                    principalTable: "WorkItems",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ImplementationPlans_CampaignId_UnitId",
            table: "ImplementationPlans",
            columns: new[] { "CampaignId", "UnitId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ImplementationPlans_UnitId",
            table: "ImplementationPlans",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_PlanVersions_PlanId_Number",
            table: "PlanVersions",
            columns: new[] { "PlanId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_WorkItemEvidence_WorkItemId",
            table: "WorkItemEvidence",
            column: "WorkItemId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_CampaignId_UnitId",
            table: "WorkItems",
            columns: new[] { "CampaignId", "UnitId" });

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_MilestoneId",
            table: "WorkItems",
            column: "MilestoneId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_PhaseId",
            table: "WorkItems",
            column: "PhaseId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_ResponsiblePersonId",
            table: "WorkItems",
            column: "ResponsiblePersonId");

        migrationBuilder.CreateIndex(
            name: "IX_WorkItems_UnitId",
            table: "WorkItems",
            column: "UnitId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "WorkItemEvidence");
        migrationBuilder.DropTable(name: "WorkItems");
        migrationBuilder.DropTable(name: "PlanVersions");
        migrationBuilder.DropTable(name: "ImplementationPlans");
    }
}
