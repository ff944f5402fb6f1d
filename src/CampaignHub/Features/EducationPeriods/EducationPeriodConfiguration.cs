using CampaignHub.Data.Configurations;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.EducationPeriods;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.EducationPeriods;

public sealed class EducationPeriodConfiguration : IEntityTypeConfiguration<EducationPeriod>
{
    public void Configure(EntityTypeBuilder<EducationPeriod> builder)
    {
        builder.ToTable("EducationPeriods");
        builder.Property(p => p.Note).HasMaxLength(500);
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();

        // One period per unit in a campaign.
        builder.HasIndex(p => new { p.CampaignId, p.UnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsComments(p => p.Comments, "EducationPeriodComments");
    }
}
