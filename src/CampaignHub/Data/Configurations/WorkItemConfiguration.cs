using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Plans;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> builder)
    {
        builder.ToTable("WorkItems");
        builder.Property(i => i.Title).HasMaxLength(WorkItemDetails.TitleMaxLength).IsRequired();
        builder.Property(i => i.Notes).HasMaxLength(WorkItemDetails.NotesMaxLength);
        builder.Property(i => i.CancelReason).HasMaxLength(500);
        builder.Property(i => i.ApprovedBy).HasMaxLength(256);
        builder.Property(i => i.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();

        builder.HasIndex(i => new { i.CampaignId, i.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(i => i.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Phase>().WithMany().HasForeignKey(i => i.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(i => i.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.ResponsiblePersonId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany<WorkItemEvidence>("_evidence").WithOne().HasForeignKey(e => e.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(i => i.Evidence);
        builder.Ignore(i => i.Details);
        builder.Ignore(i => i.Snapshot);
    }
}

public sealed class WorkItemEvidenceConfiguration : IEntityTypeConfiguration<WorkItemEvidence>
{
    public void Configure(EntityTypeBuilder<WorkItemEvidence> builder)
    {
        builder.ToTable("WorkItemEvidence");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.StoredPath).HasMaxLength(500).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(e => e.IsImage);
    }
}
