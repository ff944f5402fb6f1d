using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class UnitFlagConfiguration : IEntityTypeConfiguration<UnitFlag>
{
    public void Configure(EntityTypeBuilder<UnitFlag> builder)
    {
        builder.ToTable("UnitFlags");
        builder.Property(f => f.Reason).HasMaxLength(500).IsRequired();
        builder.Property(f => f.RaisedBy).HasMaxLength(256).IsRequired();
        builder.Property(f => f.ClearedBy).HasMaxLength(256);
        builder.Property(f => f.ClearNote).HasMaxLength(500);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasIndex(f => new { f.CampaignId, f.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(f => f.SurveyId).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(f => f.IsActive);
    }
}

public sealed class RectificationOrderConfiguration : IEntityTypeConfiguration<RectificationOrder>
{
    public void Configure(EntityTypeBuilder<RectificationOrder> builder)
    {
        builder.ToTable("RectificationOrders");
        builder.Property(o => o.Reason).HasMaxLength(1000).IsRequired();
        builder.Property(o => o.IssuedBy).HasMaxLength(256).IsRequired();
        builder.Property(o => o.ResponseText).HasMaxLength(4000);
        builder.Property(o => o.RespondedBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.CampaignId, o.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UnitFlag>().WithMany().HasForeignKey(o => o.UnitFlagId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(o => o.ResurveyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany<RectificationOrderStep>("_steps").WithOne().HasForeignKey(s => s.RectificationOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<RectificationOrderItemLink>("_itemLinks").WithOne().HasForeignKey(l => l.RectificationOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<OrderFeedback>("_feedback").WithOne().HasForeignKey(f => f.RectificationOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.Feedback);
        builder.Ignore(o => o.PendingFeedback);
        builder.Ignore(o => o.OpenReturnReason);
        builder.Ignore(o => o.Facts);
        builder.Ignore(o => o.Steps);
        builder.Ignore(o => o.LinkedRectificationItemIds);
        builder.Ignore(o => o.IsOpen);
    }
}

public sealed class RectificationOrderStepConfiguration : IEntityTypeConfiguration<RectificationOrderStep>
{
    public void Configure(EntityTypeBuilder<RectificationOrderStep> builder)
    {
        builder.ToTable("RectificationOrderSteps");
        builder.Property(s => s.Note).HasMaxLength(1000).IsRequired();
        builder.Property(s => s.By).HasMaxLength(256).IsRequired();
        builder.Property(s => s.ByName).HasMaxLength(256).IsRequired();
    }
}

public sealed class RectificationOrderItemLinkConfiguration : IEntityTypeConfiguration<RectificationOrderItemLink>
{
    public void Configure(EntityTypeBuilder<RectificationOrderItemLink> builder)
    {
        builder.ToTable("RectificationOrderItemLinks");
        builder.HasKey(l => new { l.RectificationOrderId, l.RectificationItemId });
    }
}

public sealed class OrderFeedbackConfiguration : IEntityTypeConfiguration<OrderFeedback>
{
    public void Configure(EntityTypeBuilder<OrderFeedback> builder)
    {
        builder.ToTable("RectificationOrderFeedback");
        builder.Property(f => f.Measures).HasMaxLength(4000).IsRequired();
        builder.Property(f => f.SubmittedBy).HasMaxLength(256).IsRequired();
        builder.Property(f => f.SubmittedByName).HasMaxLength(256).IsRequired();
        builder.Property(f => f.DecisionNote).HasMaxLength(500);
        builder.Property(f => f.DecidedBy).HasMaxLength(256);
        builder.Property(f => f.DecidedByName).HasMaxLength(256);
        builder.HasIndex(f => new { f.RectificationOrderId, f.Round }).IsUnique();
        builder.HasMany<OrderFeedbackEvidence>("_evidence").WithOne().HasForeignKey(e => e.OrderFeedbackId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.Evidence);
    }
}

public sealed class OrderFeedbackEvidenceConfiguration : IEntityTypeConfiguration<OrderFeedbackEvidence>
{
    public void Configure(EntityTypeBuilder<OrderFeedbackEvidence> builder)
    {
        builder.ToTable("RectificationOrderFeedbackEvidence");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.StoragePath).HasMaxLength(500).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
    }
}
