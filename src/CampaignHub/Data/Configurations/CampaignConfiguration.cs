using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("Campaigns");
        builder.Property(c => c.Title).HasMaxLength(200).IsRequired();
        builder.Property(c => c.DocumentNumber).HasMaxLength(50).IsRequired();
        builder.Property(c => c.IssuingBody).HasMaxLength(100).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Period);
        builder.Ignore(c => c.IsArchived);

        // Campaigns that existed before archiving are running; the column's default says so, as the migration did.
        builder.Property(c => c.Status).HasDefaultValue(CampaignStatus.Running).HasSentinel((CampaignStatus)(-1));
        builder.ComplexProperty(c => c.Rules, rules =>
        {
            rules.Property(r => r.SatisfactionThreshold).HasColumnName("SatisfactionThreshold");

            // Campaigns created before the rule parameters existed get the defaults; the sentinel lets 0 be saved as 0.
            rules.Property(r => r.ExperienceActivitiesMin).HasDefaultValue(CampaignRules.DefaultExperienceActivitiesMin).HasSentinel(-1);
            rules.Property(r => r.ExperienceActivitiesMax).HasDefaultValue(CampaignRules.DefaultExperienceActivitiesMax).HasSentinel(-1);
            rules.Property(r => r.MinimumRespondents).HasDefaultValue(CampaignRules.DefaultMinimumRespondents).HasSentinel(-1);
            rules.Property(r => r.ReopenMinimumRaters).HasDefaultValue(CampaignRules.DefaultReopenMinimumRaters).HasSentinel(-1);
            rules.Property(r => r.ReopenMinimumShare).HasDefaultValue(CampaignRules.DefaultReopenShare).HasSentinel(-1m);
            rules.Property(r => r.RedoRecognitionThreshold).HasDefaultValue(CampaignRules.DefaultRedoRecognitionThreshold).HasSentinel(-1m);
            rules.Ignore(r => r.ThreeChecksWindow);
        });

        builder.HasMany<Phase>("_phases").WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<Milestone>("_milestones").WithOne().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<CampaignUnit>("_units").WithOne().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.Phases);
        builder.Ignore(c => c.Milestones);
        builder.Ignore(c => c.Units);
    }
}

public sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.ToTable("Phases");
        builder.Property(p => p.Name).HasMaxLength(100).IsRequired();
        builder.Ignore(p => p.Period);
    }
}

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("Milestones");
        builder.Property(m => m.Title).HasMaxLength(100).IsRequired();
        builder.Property(m => m.Description).HasMaxLength(1000);
        builder.HasOne(m => m.Phase).WithMany().HasForeignKey(m => m.PhaseId).OnDelete(DeleteBehavior.Restrict);
        // Milestones that existed before unit-scoped milestones apply to every unit (an empty list), as the migration did.
        builder.PrimitiveCollection(m => m.UnitIds).HasDefaultValue(new List<int>());
        builder.Ignore(m => m.AppliesToAllUnits);
    }
}

public sealed class CampaignUnitConfiguration : IEntityTypeConfiguration<CampaignUnit>
{
    public void Configure(EntityTypeBuilder<CampaignUnit> builder)
    {
        builder.ToTable("CampaignUnits");
        builder.HasKey(u => new { u.CampaignId, u.UnitId });
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MilestoneCompletionConfiguration : IEntityTypeConfiguration<MilestoneCompletion>
{
    public void Configure(EntityTypeBuilder<MilestoneCompletion> builder)
    {
        builder.ToTable("MilestoneCompletions");
        builder.Property(c => c.Note).HasMaxLength(500);
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.MilestoneId, c.UnitId }).IsUnique();
        builder.HasOne<Milestone>().WithMany().HasForeignKey(c => c.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
