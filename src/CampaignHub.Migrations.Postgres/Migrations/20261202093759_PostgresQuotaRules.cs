using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PostgresQuotaRules : Migration
    {
        // The same reference data the SQLite baseline (InitialCreate) inserts, in every mode (demo or not): the
        // contact-duty quotas of the Zhenjiang system as QuotaRule.DefaultRules() states them, written out literally
        // because a migration is history. Admin edits them later.
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

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "QuotaRules",
                columns: ["Role", "DutyType", "Target", "Measure", "Period", "MinConsecutiveDays", "Description", "Source", "IsActive", "Version"],
                columnTypes: ["integer", "integer", "integer", "integer", "integer", "integer", "character varying(200)", "character varying(100)", "boolean", "integer"],
                values: DefaultQuotaRules);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"QuotaRules\"");
        }
    }
}
