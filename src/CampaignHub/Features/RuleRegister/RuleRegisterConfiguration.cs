using CampaignHub.Data.Configurations;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RuleRegister;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.RuleRegister;

public sealed class RuleRecordConfiguration : IEntityTypeConfiguration<RuleRecord>
{
    public void Configure(EntityTypeBuilder<RuleRecord> builder)
    {
        builder.ToTable("RuleRecords");
        builder.Property(r => r.Title).HasMaxLength(RuleRecord.TitleMaxLength).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.Property(r => r.DocumentNumber).HasMaxLength(100);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.CampaignId, r.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Problems).WithOne().HasForeignKey(p => p.RuleRecordId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Problems).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsComments(r => r.Comments, "RuleRecordComments");
    }
}

public sealed class RuleProblemLinkConfiguration : IEntityTypeConfiguration<RuleProblemLink>
{
    public void Configure(EntityTypeBuilder<RuleProblemLink> builder)
    {
        builder.ToTable("RuleRecordProblems");
        builder.HasIndex(p => new { p.RuleRecordId, p.RectificationItemId }).IsUnique();
        builder.HasOne<RectificationItem>().WithMany().HasForeignKey(p => p.RectificationItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
