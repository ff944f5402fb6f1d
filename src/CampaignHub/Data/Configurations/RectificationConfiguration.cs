using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class RectificationItemConfiguration : IEntityTypeConfiguration<RectificationItem>
{
    public void Configure(EntityTypeBuilder<RectificationItem> builder)
    {
        builder.ToTable("RectificationItems");
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Problem).HasMaxLength(2000).IsRequired();
        builder.Property(r => r.Goal).HasMaxLength(1000);
        builder.Property(r => r.Measures).HasMaxLength(2000);
        builder.Property(r => r.ResponsiblePerson).HasMaxLength(50);
        builder.Property(r => r.Answer).HasMaxLength(2000);
        builder.Property(r => r.NoEvidenceReason).HasMaxLength(500);
        builder.Property(r => r.VerifiedBy).HasMaxLength(256);
        builder.Property(r => r.VerificationComment).HasMaxLength(1000);
        builder.Property(r => r.LastReopenReason).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.PublicRatings);
        builder.Ignore(r => r.RatedKind);
        builder.Ignore(r => r.HasAllFourHaves);
        builder.Ignore(r => r.MissingFourHavesText);
        builder.Ignore(r => r.Evidence);
        builder.HasIndex(r => new { r.CampaignId, r.UnitId });
        builder.HasIndex(r => r.NeedsReopenReview);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SpecialRectificationTheme>().WithMany().HasForeignKey(r => r.SpecialRectificationThemeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany<Evidence>("_evidence").WithOne().HasForeignKey(e => e.RectificationItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("RectificationEvidence");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.StoragePath).HasMaxLength(500).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
    }
}

public sealed class SpecialRectificationThemeConfiguration : IEntityTypeConfiguration<SpecialRectificationTheme>
{
    public void Configure(EntityTypeBuilder<SpecialRectificationTheme> builder)
    {
        builder.ToTable("SpecialRectificationThemes");
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

public sealed class PublicRatingEntryConfiguration : IEntityTypeConfiguration<PublicRatingEntry>
{
    public void Configure(EntityTypeBuilder<PublicRatingEntry> builder)
    {
        builder.ToTable("PublicRatings");
        builder.Property(r => r.DeviceId).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.ItemKind, r.ItemId, r.DeviceId }).IsUnique();
        builder.Property(r => r.ClientKey).HasMaxLength(PublicRatingEntry.ClientKeyLength);
        builder.HasIndex(r => new { r.ClientKey, r.RatedAt });
        builder.Ignore(r => r.RaterIdentity);
    }
}
