using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.RectificationPlans;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.RectificationPlans;

public sealed class RectificationPlanConfiguration : IEntityTypeConfiguration<RectificationPlan>
{
    public void Configure(EntityTypeBuilder<RectificationPlan> builder)
    {
        builder.ToTable("RectificationPlans");
        builder.Property(p => p.Title).HasMaxLength(RectificationPlan.TitleMaxLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(RectificationPlan.TextMaxLength).IsRequired();
        builder.Property(p => p.Problems).HasMaxLength(RectificationPlan.TextMaxLength).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.CampaignId, p.UnitId, p.Kind, p.PersonId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Links).WithOne().HasForeignKey(l => l.RectificationPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Comments).WithOne().HasForeignKey(c => c.RectificationPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Links).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PlanItemLinkConfiguration : IEntityTypeConfiguration<PlanItemLink>
{
    public void Configure(EntityTypeBuilder<PlanItemLink> builder)
    {
        builder.ToTable("RectificationPlanItems");
        builder.Property(l => l.LinkedBy).HasMaxLength(256).IsRequired();

        // A rectification item comes from one plan or personal measures at most.
        builder.HasIndex(l => l.RectificationItemId).IsUnique();
        builder.HasOne(l => l.Item).WithMany().HasForeignKey(l => l.RectificationItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PlanCommentConfiguration : IEntityTypeConfiguration<PlanComment>
{
    public void Configure(EntityTypeBuilder<PlanComment> builder)
    {
        builder.ToTable("RectificationPlanComments");
        builder.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.By).HasMaxLength(256).IsRequired();
        builder.Property(c => c.ByName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ByRole).HasMaxLength(20).IsRequired();
    }
}
