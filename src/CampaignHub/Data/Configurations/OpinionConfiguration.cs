using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Opinions;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> builder)
    {
        builder.ToTable("Opinions");
        builder.Property(o => o.Content).HasMaxLength(Opinion.MaxContentLength).IsRequired();
        builder.Property(o => o.RaisedByName).HasMaxLength(50);
        builder.Property(o => o.RaisedByPhone).HasMaxLength(20);
        builder.Property(o => o.EnteredBy).HasMaxLength(256);
        builder.Property(o => o.ClaimedBy).HasMaxLength(256);
        builder.Property(o => o.ReceiptNumber).HasMaxLength(30).IsRequired();
        builder.Property(o => o.EscalationReason).HasMaxLength(500);
        builder.Property(o => o.Answer).HasMaxLength(2000);
        builder.Property(o => o.EscalatedBy).HasMaxLength(256);
        builder.Property(o => o.AssignedBy).HasMaxLength(256);
        builder.Property(o => o.ReceivedByName).HasMaxLength(50);
        builder.Property(o => o.UpperDepartmentName).HasMaxLength(Opinion.MaxUpperDepartmentNameLength);
        builder.Property(o => o.ConcernedLeaders).HasMaxLength(200);
        builder.Property(o => o.FeedbackReturnReason).HasMaxLength(500);
        builder.Property(o => o.FeedbackReturnCount).HasDefaultValue(0);
        builder.Ignore(o => o.Forwarding);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.ReceiptNumber).IsUnique();
        builder.HasIndex(o => new { o.CampaignId, o.Status });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.EnteredByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.ClaimedByUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.EscalatedToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.RootedAboveFromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.EscalatedFromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContactActivity>().WithMany().HasForeignKey(o => o.ContactActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.ReceivedByPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.ContactActivityId);
        builder.HasOne<RectificationItem>().WithMany().HasForeignKey(o => o.RectificationItemId).OnDelete(DeleteBehavior.SetNull);
    }
}
