using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations;

[DbContext(typeof(CampaignHubDbContext))]
[Migration("20261122095226_AddContactDuties")]
public sealed class AddContactDuties : Migration
{
    /// <summary>Role, DutyType, Target, Measure, Period, MinConsecutiveDays, Description, Source, IsActive, Version.</summary>
    private static readonly object[,] DefaultQuotaRules =
    {
        { 0, 0, 60, 1, 2, null, "每年到基层调研不少于2个月（60天）", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 0, 0, 1, 0, 2, 5, "其中一次连续5-7天到基层驻点调研", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 0, 1, 1, 0, 2, null, "每年至少撰写1篇调研报告", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 0, 2, 1, 0, 2, null, "每年至少调研推进1项具体工作任务", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 1, 0, 30, 1, 2, null, "每年到基层调研不少于1个月（30天）", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 1, 1, 1, 0, 2, null, "每年撰写不少于1篇调研报告", "镇卫党发〔2014〕38号 一.3", true, 0 },
        { 0, 3, 2, 0, 2, null, "每年深入基层联系点不少于2次", "镇卫党发〔2014〕38号 二.3", true, 0 },
        { 0, 4, 1, 0, 2, null, "结对联系1户困难群众家庭，每年至少走访1次", "镇卫党发〔2014〕38号 二.1-2", true, 0 },
        { 0, 5, 1, 0, 2, null, "每年为联系点、结对单位和群众至少办1件实事", "镇卫党发〔2014〕38号 二.3", true, 0 },
        { 0, 7, 4, 0, 2, null, "带案下访、重点约访每年不少于4次", "镇卫党发〔2014〕38号 四.1", true, 0 },
        { 0, 8, 2, 0, 2, null, "每年与分管部门及联系点干部群众谈心不少于2次", "镇卫党发〔2014〕38号 五.1", true, 0 },
        { 1, 3, 2, 0, 2, null, "每年深入基层联系点不少于2次", "镇卫党发〔2014〕38号 二.3", true, 0 },
        { 1, 4, 1, 0, 2, null, "结对联系1户困难群众家庭，每年至少走访1次", "镇卫党发〔2014〕38号 二.1-2", true, 0 },
        { 1, 5, 1, 0, 2, null, "每年为联系点、结对单位和群众至少办1件实事", "镇卫党发〔2014〕38号 二.3", true, 0 },
        { 1, 7, 4, 0, 2, null, "带案下访、重点约访每年不少于4次", "镇卫党发〔2014〕38号 四.1", true, 0 },
        { 1, 8, 2, 0, 2, null, "每年与分管部门及联系点干部群众谈心不少于2次", "镇卫党发〔2014〕38号 五.1", true, 0 },
        { 0, 6, 1, 1, 0, null, "每月至少1天接待群众来访", "镇卫党发〔2014〕38号 四.1", true, 0 },
        { 1, 6, 1, 1, 1, null, "每半月至少1天接待群众来访", "镇卫党发〔2014〕38号 四.1", true, 0 },
        { 2, 9, 4, 0, 2, null, "每年到党代表工作室开展活动不少于4次", "镇卫党发〔2014〕38号 八.1", true, 0 },
        { 3, 9, 6, 0, 2, null, "每年到党代表工作室开展活动不少于6次", "镇卫党发〔2014〕38号 八.1", true, 0 },
        { 2, 10, 1, 0, 2, null, "每年开展视察或调查研究至少1次", "镇卫党发〔2014〕38号 八.2", true, 0 },
        { 3, 10, 1, 0, 2, null, "每年开展视察或调查研究至少1次", "镇卫党发〔2014〕38号 八.2", true, 0 },
    };

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "QuotaRules",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Role = table.Column<int>(type: "INTEGER", nullable: false),
                DutyType = table.Column<int>(type: "INTEGER", nullable: false),
                Target = table.Column<int>(type: "INTEGER", nullable: false),
                Measure = table.Column<int>(type: "INTEGER", nullable: false),
                Period = table.Column<int>(type: "INTEGER", nullable: false),
                MinConsecutiveDays = table.Column<int>(type: "INTEGER", nullable: true),
                Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuotaRules", x => x.Id);
            });

        // Reference data, in every mode (demo or not): the quotas of seed 003 as QuotaRule.DefaultRules()
        // stated them when this migration was written. Written out literally because a migration is
        // history; QuotaRuleSeedTests proves these rows equal DefaultRules(). Admin edits them later.
        migrationBuilder.InsertData(
            table: "QuotaRules",
            columns: ["Role", "DutyType", "Target", "Measure", "Period", "MinConsecutiveDays", "Description", "Source", "IsActive", "Version"],
            columnTypes: ["INTEGER", "INTEGER", "INTEGER", "INTEGER", "INTEGER", "INTEGER", "TEXT", "TEXT", "INTEGER", "INTEGER"],
            values: DefaultQuotaRules);

        migrationBuilder.CreateTable(
            name: "ContactActivities",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                DutyType = table.Column<int>(type: "INTEGER", nullable: false),
                StartDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                EndDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                PeopleMet = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactActivities", x => x.Id);
                table.ForeignKey(
                    name: "FK_ContactActivities_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ContactActivities_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartyRepresentatives",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                TermStart = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                TermEnd = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartyRepresentatives", x => x.Id);
                table.ForeignKey(
                    name: "FK_PartyRepresentatives_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_PartyRepresentatives_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ScheduledReceptions",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                LeaderPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Date = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                StartTime = table.Column<System.TimeOnly>(type: "TEXT", nullable: false),
                EndTime = table.Column<System.TimeOnly>(type: "TEXT", nullable: false),
                Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Form = table.Column<int>(type: "INTEGER", nullable: false),
                IsCancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                CancelReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScheduledReceptions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ScheduledReceptions_People_LeaderPersonId",
                    column: x => x.LeaderPersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ScheduledReceptions_Units_UnitId",
                    column: x => x.UnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Secondments",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                HomeUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                HostUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                HostUnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                StartDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                EndDate = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                MentorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                EndReview = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Secondments", x => x.Id);
                table.ForeignKey(
                    name: "FK_Secondments_People_PersonId",
                    column: x => x.PersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Secondments_Units_HomeUnitId",
                    column: x => x.HomeUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Secondments_Units_HostUnitId",
                    column: x => x.HostUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ContactActivityEvidence",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                StoragePath = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                ContactActivityId = table.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactActivityEvidence", x => x.Id);
                table.ForeignKey(
                    name: "FK_ContactActivityEvidence_ContactActivities_ContactActivityId",
                    column: x => x.ContactActivityId,
                    principalTable: "ContactActivities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ContactActivityOpinionNotes",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                RaisedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                OpinionId = table.Column<int>(type: "INTEGER", nullable: true),
                ContactActivityId = table.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ContactActivityOpinionNotes", x => x.Id);
                table.ForeignKey(
                    name: "FK_ContactActivityOpinionNotes_ContactActivities_ContactActivityId",
                    column: x => x.ContactActivityId,
                    principalTable: "ContactActivities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReceptionCases",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ReceivingUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                ReceivingLeaderPersonId = table.Column<int>(type: "INTEGER", nullable: false),
                ScheduledReceptionId = table.Column<int>(type: "INTEGER", nullable: true),
                ReceivedOn = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                VisitorName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                VisitorContact = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Matter = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                Measures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                ResponsibleUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Deadline = table.Column<System.DateOnly>(type: "TEXT", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                SettledOn = table.Column<System.DateOnly>(type: "TEXT", nullable: true),
                Reply = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                LeaderSignOff = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReceptionCases", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReceptionCases_People_ReceivingLeaderPersonId",
                    column: x => x.ReceivingLeaderPersonId,
                    principalTable: "People",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ReceptionCases_ScheduledReceptions_ScheduledReceptionId",
                    column: x => x.ScheduledReceptionId,
                    principalTable: "ScheduledReceptions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_ReceptionCases_Units_ReceivingUnitId",
                    column: x => x.ReceivingUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ReceptionCases_Units_ResponsibleUnitId",
                    column: x => x.ResponsibleUnitId,
                    principalTable: "Units",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_ContactActivities_PersonId_StartDate",
            table: "ContactActivities",
            columns: new[] { "PersonId", "StartDate" });

        migrationBuilder.CreateIndex(
            name: "IX_ContactActivities_UnitId_StartDate",
            table: "ContactActivities",
            columns: new[] { "UnitId", "StartDate" });

        migrationBuilder.CreateIndex(
            name: "IX_ContactActivityEvidence_ContactActivityId",
            table: "ContactActivityEvidence",
            column: "ContactActivityId");

        migrationBuilder.CreateIndex(
            name: "IX_ContactActivityOpinionNotes_ContactActivityId",
            table: "ContactActivityOpinionNotes",
            column: "ContactActivityId");

        migrationBuilder.CreateIndex(
            name: "IX_PartyRepresentatives_PersonId",
            table: "PartyRepresentatives",
            column: "PersonId");

        migrationBuilder.CreateIndex(
            name: "IX_PartyRepresentatives_UnitId",
            table: "PartyRepresentatives",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_QuotaRules_Role_DutyType",
            table: "QuotaRules",
            columns: new[] { "Role", "DutyType" });

        migrationBuilder.CreateIndex(
            name: "IX_ReceptionCases_ReceivingLeaderPersonId",
            table: "ReceptionCases",
            column: "ReceivingLeaderPersonId");

        migrationBuilder.CreateIndex(
            name: "IX_ReceptionCases_ReceivingUnitId",
            table: "ReceptionCases",
            column: "ReceivingUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_ReceptionCases_ResponsibleUnitId",
            table: "ReceptionCases",
            column: "ResponsibleUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_ReceptionCases_ScheduledReceptionId",
            table: "ReceptionCases",
            column: "ScheduledReceptionId");

        migrationBuilder.CreateIndex(
            name: "IX_ReceptionCases_Status_Deadline",
            table: "ReceptionCases",
            columns: new[] { "Status", "Deadline" });

        migrationBuilder.CreateIndex(
            name: "IX_ScheduledReceptions_Date",
            table: "ScheduledReceptions",
            column: "Date");

        migrationBuilder.CreateIndex(
            name: "IX_ScheduledReceptions_LeaderPersonId",
            table: "ScheduledReceptions",
            column: "LeaderPersonId");

        migrationBuilder.CreateIndex(
            name: "IX_ScheduledReceptions_UnitId",
            table: "ScheduledReceptions",
            column: "UnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Secondments_HomeUnitId",
            table: "Secondments",
            column: "HomeUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Secondments_HostUnitId",
            table: "Secondments",
            column: "HostUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Secondments_PersonId",
            table: "Secondments",
            column: "PersonId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ReceptionCases");
        migrationBuilder.DropTable(name: "ContactActivityOpinionNotes");
        migrationBuilder.DropTable(name: "ContactActivityEvidence");
        migrationBuilder.DropTable(name: "Secondments");
        migrationBuilder.DropTable(name: "ScheduledReceptions");
        migrationBuilder.DropTable(name: "PartyRepresentatives");
        migrationBuilder.DropTable(name: "ContactActivities");
        migrationBuilder.DropTable(name: "QuotaRules");
    }
}
