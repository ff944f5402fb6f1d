using CampaignHub.Domain.Briefings;
using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.Briefings;

public sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.ToTable("NewsItems");
        builder.Property(i => i.Title).HasMaxLength(NewsItem.MaxTitleLength).IsRequired();
        builder.Property(i => i.Body).HasMaxLength(NewsItem.MaxBodyLength).IsRequired();
        builder.Property(i => i.ReturnReason).HasMaxLength(NewsItem.MaxReasonLength);
        builder.Property(i => i.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.CampaignId, i.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Briefing>().WithMany().HasForeignKey(i => i.BriefingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Evidence).WithOne().HasForeignKey(e => e.NewsItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Evidence).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class NewsEvidenceConfiguration : IEntityTypeConfiguration<NewsEvidence>
{
    public void Configure(EntityTypeBuilder<NewsEvidence> builder)
    {
        builder.ToTable("NewsEvidence");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.StoredPath).HasMaxLength(500).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
    }
}

public sealed class BriefingConfiguration : IEntityTypeConfiguration<Briefing>
{
    public void Configure(EntityTypeBuilder<Briefing> builder)
    {
        builder.ToTable("Briefings");
        builder.Property(b => b.Title).HasMaxLength(Briefing.MaxTitleLength).IsRequired();
        builder.Property(b => b.EditedBy).HasMaxLength(Briefing.MaxNameLength).IsRequired();
        builder.Property(b => b.IssuedBy).HasMaxLength(Briefing.MaxNameLength).IsRequired();
        builder.Property(b => b.CompiledBy).HasMaxLength(256).IsRequired();
        builder.Property(b => b.Version).IsConcurrencyToken();

        // The 期号 rule's backstop: one number once per campaign (drafts have none, and SQLite lets NULLs repeat).
        builder.HasIndex(b => new { b.CampaignId, b.Number }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Articles).WithOne().HasForeignKey(a => a.BriefingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Articles).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(b => b.IsPublic);
        builder.Ignore(b => b.NumberText);
    }
}

public sealed class BriefingArticleConfiguration : IEntityTypeConfiguration<BriefingArticle>
{
    public void Configure(EntityTypeBuilder<BriefingArticle> builder)
    {
        builder.ToTable("BriefingArticles");
        builder.Property(a => a.Title).HasMaxLength(NewsItem.MaxTitleLength).IsRequired();
        builder.Property(a => a.Body).HasMaxLength(NewsItem.MaxBodyLength).IsRequired();
        builder.HasOne<NewsItem>().WithMany().HasForeignKey(a => a.NewsItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
