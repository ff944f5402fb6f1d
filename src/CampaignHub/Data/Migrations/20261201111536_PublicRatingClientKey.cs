using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublicRatingClientKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientKey",
                table: "PublicRatings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicRatings_ClientKey_RatedAt",
                table: "PublicRatings",
                columns: new[] { "ClientKey", "RatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PublicRatings_ClientKey_RatedAt",
                table: "PublicRatings");

            migrationBuilder.DropColumn(
                name: "ClientKey",
                table: "PublicRatings");
        }
    }
}
