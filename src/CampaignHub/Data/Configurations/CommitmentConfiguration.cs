using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Commitments;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("Commitments");
        builder.Property(c => c.Content).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.Goal).HasMaxLength(1000).IsRequired();
        builder.Property(c => c.ResponsiblePerson).HasMaxLength(50).IsRequired();
        builder.Property(c => c.Measures).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.FiledBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.ResultNote).HasMaxLength(1000);
        builder.Property(c => c.CancelReason).HasMaxLength(500);
        builder.Property(c => c.PeerReviewNote).HasMaxLength(500);
        builder.Property(c => c.OrganisationReviewComment).HasMaxLength(500);
        builder.Property(c => c.OrganisationReviewedBy).HasMaxLength(256);
        builder.Ignore(c => c.Assessment);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.PublicRatings);
        builder.Ignore(c => c.RatedKind);
        builder.HasIndex(c => new { c.CampaignId, c.ResponsibleUnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class CommitmentLedgerConfiguration : IEntityTypeConfiguration<CommitmentLedger>
{
    public void Configure(EntityTypeBuilder<CommitmentLedger> builder)
    {
        builder.ToTable("CommitmentLedgers");
        builder.Property(l => l.SetBy).HasMaxLength(256).IsRequired();
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => l.CampaignId).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ThreeChecksReviewConfiguration : IEntityTypeConfiguration<ThreeChecksReview>
{
    public void Configure(EntityTypeBuilder<ThreeChecksReview> builder)
    {
        builder.ToTable("ThreeChecksReviews");
        builder.Property(r => r.Comment).HasMaxLength(1000);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.JudgementText);
        builder.HasIndex(r => new { r.CampaignId, r.UnitId, r.Bucket }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
