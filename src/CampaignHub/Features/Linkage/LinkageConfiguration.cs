using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Linkage;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.Linkage;

public sealed class UpperDepartmentVisitConfiguration : IEntityTypeConfiguration<UpperDepartmentVisit>
{
    public void Configure(EntityTypeBuilder<UpperDepartmentVisit> builder)
    {
        builder.ToTable("UpperDepartmentVisits");
        builder.Property(v => v.LeaderName).HasMaxLength(200).IsRequired();
        builder.Property(v => v.DepartmentVisited).HasMaxLength(UpperDepartmentVisit.MaxDepartmentLength).IsRequired();
        builder.Property(v => v.ExperienceTakenOver).HasMaxLength(UpperDepartmentVisit.MaxTextLength).IsRequired();
        builder.Property(v => v.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.RevisedBy).HasMaxLength(256);
        builder.Property(v => v.Revisions).HasDefaultValue(0);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.CampaignId, v.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.LeaderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.FirstBatchItems).WithOne().HasForeignKey(i => i.UpperDepartmentVisitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.ReportedProblems).WithOne().HasForeignKey(p => p.UpperDepartmentVisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.FirstBatchItems).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(v => v.ReportedProblems).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(v => v.UnansweredProblems);
    }
}

public sealed class FirstBatchItemConfiguration : IEntityTypeConfiguration<FirstBatchItem>
{
    public void Configure(EntityTypeBuilder<FirstBatchItem> builder)
    {
        builder.ToTable("UpperVisitFirstBatchItems");
        builder.Property(i => i.Item).HasMaxLength(500).IsRequired();
        builder.Property(i => i.LocalMeasures).HasMaxLength(UpperDepartmentVisit.MaxTextLength).IsRequired();
    }
}

public sealed class ReportedProblemConfiguration : IEntityTypeConfiguration<ReportedProblem>
{
    public void Configure(EntityTypeBuilder<ReportedProblem> builder)
    {
        builder.ToTable("UpperVisitReportedProblems");
        builder.Property(p => p.Problem).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.UpperAnswer).HasMaxLength(UpperDepartmentVisit.MaxTextLength);
    }
}

public sealed class GrassrootsVisitConfiguration : IEntityTypeConfiguration<GrassrootsVisit>
{
    public void Configure(EntityTypeBuilder<GrassrootsVisit> builder)
    {
        builder.ToTable("GrassrootsVisits");
        builder.Property(v => v.LeaderName).HasMaxLength(200).IsRequired();
        builder.Property(v => v.GrassrootsUnitName).HasMaxLength(100).IsRequired();
        builder.Property(v => v.Findings).HasMaxLength(GrassrootsVisit.MaxTextLength).IsRequired();
        builder.Property(v => v.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.CampaignId, v.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(v => v.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(v => v.LeaderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Claims).WithOne().HasForeignKey(c => c.GrassrootsVisitId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(v => v.Claims).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class RootedAboveClaimConfiguration : IEntityTypeConfiguration<RootedAboveClaim>
{
    public void Configure(EntityTypeBuilder<RootedAboveClaim> builder)
    {
        builder.ToTable("GrassrootsRootedAboveClaims");
        builder.Property(c => c.Problem).HasMaxLength(1000).IsRequired();
        builder.HasOne<Opinion>().WithMany().HasForeignKey(c => c.OpinionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RectificationItem>().WithMany().HasForeignKey(c => c.RectificationItemId).OnDelete(DeleteBehavior.SetNull);
    }
}
