using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignHub.Data.Migrations
{
    /// <inheritdoc />
    public partial class Wave5CommitmentAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OrganisationReviewComment",
                table: "Commitments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OrganisationReviewScore",
                table: "Commitments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationReviewedBy",
                table: "Commitments",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PeerReviewNote",
                table: "Commitments",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PeerReviewScore",
                table: "Commitments",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrganisationReviewComment",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "OrganisationReviewScore",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "OrganisationReviewedBy",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "PeerReviewNote",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "PeerReviewScore",
                table: "Commitments");
        }
    }
}
