using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class RuralPointConfiguration : IEntityTypeConfiguration<RuralPoint>
{
    public void Configure(EntityTypeBuilder<RuralPoint> builder)
    {
        builder.ToTable("RuralPoints");
        builder.Property(p => p.VillageName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Contributions);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.VillageUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Year, p.UnitId });
        builder.HasMany<RuralPointContribution>("_contributions").WithOne().HasForeignKey("RuralPointId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RuralPointContributionConfiguration : IEntityTypeConfiguration<RuralPointContribution>
{
    public void Configure(EntityTypeBuilder<RuralPointContribution> builder)
    {
        builder.ToTable("RuralPointContributions");
        builder.Property(c => c.InstructorName).HasMaxLength(50);
        builder.Property(c => c.AmountYuan).HasPrecision(12, 2);
        builder.Property(c => c.VoucherNumber).HasMaxLength(50);
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(c => c.Text);
    }
}

public sealed class ThreeSendsRecordConfiguration : IEntityTypeConfiguration<ThreeSendsRecord>
{
    public void Configure(EntityTypeBuilder<ThreeSendsRecord> builder)
    {
        builder.ToTable("ThreeSendsRecords");
        builder.Property(r => r.RecipientName).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Content).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Year);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.SenderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UnitId, r.SentOn });
    }
}

public sealed class PartyPairingConfiguration : IEntityTypeConfiguration<PartyPairing>
{
    public void Configure(EntityTypeBuilder<PartyPairing> builder)
    {
        builder.ToTable("PartyPairings");
        builder.Property(p => p.OfficeOrganisationName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.RuralOrganisationName).HasMaxLength(100).IsRequired();
        builder.Property(p => p.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsActive);
        builder.Ignore(p => p.Activities);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.OfficeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.RuralUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.OfficeUnitId);
        builder.HasMany<JointActivity>("_activities").WithOne().HasForeignKey("PartyPairingId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class JointActivityConfiguration : IEntityTypeConfiguration<JointActivity>
{
    public void Configure(EntityTypeBuilder<JointActivity> builder)
    {
        builder.ToTable("PartyPairingActivities");
        builder.Property(a => a.Content).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
    }
}
