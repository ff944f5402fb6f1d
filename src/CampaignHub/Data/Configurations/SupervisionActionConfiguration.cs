using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class SupervisionActionConfiguration : IEntityTypeConfiguration<SupervisionAction>
{
    public void Configure(EntityTypeBuilder<SupervisionAction> builder)
    {
        builder.ToTable("SupervisionActions");
        builder.Property(a => a.Examined).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.Summary).HasMaxLength(2000);
        builder.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.RecordedByName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.ConcludedByName).HasMaxLength(256);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.CampaignId, a.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupervisionGroup>().WithMany().HasForeignKey(a => a.SupervisionGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany<SupervisionFinding>("_findings").WithOne().HasForeignKey(f => f.SupervisionActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.Findings);
        builder.Ignore(a => a.OpenFindings);
        builder.Ignore(a => a.IsClosed);
        builder.Ignore(a => a.StatusText);
        builder.Ignore(a => a.Facts);
    }
}

public sealed class SupervisionFindingConfiguration : IEntityTypeConfiguration<SupervisionFinding>
{
    public void Configure(EntityTypeBuilder<SupervisionFinding> builder)
    {
        builder.ToTable("SupervisionFindings");
        builder.Property(f => f.Problem).HasMaxLength(1000).IsRequired();
        builder.Property(f => f.Response).HasMaxLength(2000);
        builder.Property(f => f.RespondedByName).HasMaxLength(256);
        builder.Property(f => f.ReturnReason).HasMaxLength(500);
        builder.Property(f => f.CloseNote).HasMaxLength(500);
        builder.Property(f => f.ClosedByName).HasMaxLength(256);
        builder.HasIndex(f => new { f.SupervisionActionId, f.Number }).IsUnique();
        builder.Ignore(f => f.StatusText);
    }
}
