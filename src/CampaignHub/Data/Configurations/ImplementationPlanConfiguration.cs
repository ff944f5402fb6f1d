using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class ImplementationPlanConfiguration : IEntityTypeConfiguration<ImplementationPlan>
{
    public void Configure(EntityTypeBuilder<ImplementationPlan> builder)
    {
        builder.ToTable("ImplementationPlans");
        builder.Property(p => p.GuidingIdea).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(p => p.MainContent).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(p => p.Schedule).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(p => p.Organisation).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(p => p.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();

        // One plan per unit and campaign: the store enforces it.
        builder.HasIndex(p => new { p.CampaignId, p.UnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);

        builder.HasMany<PlanVersion>("_versions").WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.Versions);
        builder.Ignore(p => p.Text);
        builder.Ignore(p => p.LatestVersion);
        builder.Ignore(p => p.ReturnReason);
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.IsApproved);
    }
}

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.ToTable("PlanVersions");
        builder.Property(v => v.GuidingIdea).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(v => v.MainContent).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(v => v.Schedule).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(v => v.Organisation).HasMaxLength(PlanText.MaxSectionLength);
        builder.Property(v => v.SubmittedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.SubmittedByName).HasMaxLength(100).IsRequired();
        builder.Property(v => v.DecisionComment).HasMaxLength(1000);
        builder.Property(v => v.DecidedBy).HasMaxLength(256);
        builder.Property(v => v.DecidedByName).HasMaxLength(100);
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.Ignore(v => v.Text);
    }
}
