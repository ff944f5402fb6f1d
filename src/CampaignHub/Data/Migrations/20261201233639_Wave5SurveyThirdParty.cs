using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave5SurveyThirdParty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ThirdPartyName",
                table: "SatisfactionSurveys",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            // 双满意 is now two kinds of question; surveys made before kept both under one kind (2), so the
            // 解决问题 question of each becomes ProblemSolving (3).
            migrationBuilder.Sql("UPDATE SurveyQuestions SET Kind = 3 WHERE Kind = 2 AND Text LIKE '%解决%问题%'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ThirdPartyName",
                table: "SatisfactionSurveys");
        }
    }
}
