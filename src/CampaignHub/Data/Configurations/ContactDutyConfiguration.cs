using CampaignHub.Domain.ContactDuties;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class QuotaRuleConfiguration : IEntityTypeConfiguration<QuotaRule>
{
    public void Configure(EntityTypeBuilder<QuotaRule> builder)
    {
        builder.ToTable("QuotaRules");
        builder.Property(r => r.Description).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Source).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.TargetText);
        builder.HasIndex(r => new { r.Role, r.DutyType });
    }
}

public sealed class ContactActivityConfiguration : IEntityTypeConfiguration<ContactActivity>
{
    public void Configure(EntityTypeBuilder<ContactActivity> builder)
    {
        builder.ToTable("ContactActivities");
        builder.Property(a => a.Place).HasMaxLength(200).IsRequired();
        builder.Property(a => a.PeopleMet).HasMaxLength(500);
        builder.Property(a => a.Content).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Outcome).HasMaxLength(4000);
        builder.Property(a => a.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.Days);
        builder.Ignore(a => a.HasEvidence);
        builder.Ignore(a => a.Span);
        builder.Ignore(a => a.Evidence);
        builder.Ignore(a => a.OpinionNotes);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.StartDate });
        builder.HasIndex(a => new { a.PersonId, a.StartDate });
        builder.HasMany<ActivityEvidence>("_evidence").WithOne().HasForeignKey("ContactActivityId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<ActivityOpinionNote>("_opinionNotes").WithOne().HasForeignKey("ContactActivityId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ActivityEvidenceConfiguration : IEntityTypeConfiguration<ActivityEvidence>
{
    public void Configure(EntityTypeBuilder<ActivityEvidence> builder)
    {
        builder.ToTable("ContactActivityEvidence");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.StoragePath).HasMaxLength(500).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
    }
}

public sealed class ActivityOpinionNoteConfiguration : IEntityTypeConfiguration<ActivityOpinionNote>
{
    public void Configure(EntityTypeBuilder<ActivityOpinionNote> builder)
    {
        builder.ToTable("ContactActivityOpinionNotes");
        builder.Property(n => n.Content).HasMaxLength(2000).IsRequired();
        builder.Property(n => n.RaisedBy).HasMaxLength(100);
    }
}

public sealed class ScheduledReceptionConfiguration : IEntityTypeConfiguration<ScheduledReception>
{
    public void Configure(EntityTypeBuilder<ScheduledReception> builder)
    {
        builder.ToTable("ScheduledReceptions");
        builder.Property(r => r.Place).HasMaxLength(200).IsRequired();
        builder.Property(r => r.CancelReason).HasMaxLength(200);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.LeaderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.Date);
    }
}

public sealed class ReceptionCaseConfiguration : IEntityTypeConfiguration<ReceptionCase>
{
    public void Configure(EntityTypeBuilder<ReceptionCase> builder)
    {
        builder.ToTable("ReceptionCases");
        builder.Property(c => c.VisitorName).HasMaxLength(50).IsRequired();
        builder.Property(c => c.VisitorContact).HasMaxLength(100);
        builder.Property(c => c.Matter).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Measures).HasMaxLength(4000).IsRequired();
        builder.Property(c => c.Reply).HasMaxLength(4000);
        builder.Property(c => c.LeaderSignOff).HasMaxLength(1000);
        builder.Ignore(c => c.CaseOwnerPersonId);
        builder.Ignore(c => c.IsReplySigned);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.AssignedCaseOwnerPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.ReceivingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ReceivingLeaderPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ScheduledReception>().WithMany().HasForeignKey(c => c.ScheduledReceptionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.Status, c.Deadline });
    }
}

public sealed class SecondmentConfiguration : IEntityTypeConfiguration<Secondment>
{
    public void Configure(EntityTypeBuilder<Secondment> builder)
    {
        builder.ToTable("Secondments");
        builder.Property(s => s.HostUnitName).HasMaxLength(100).IsRequired();
        builder.Property(s => s.MentorName).HasMaxLength(50).IsRequired();
        builder.Property(s => s.EndReview).HasMaxLength(4000);
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsReviewed);
        builder.Ignore(s => s.Period);
        builder.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.HomeUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => s.HostUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartyRepresentativeConfiguration : IEntityTypeConfiguration<PartyRepresentative>
{
    public void Configure(EntityTypeBuilder<PartyRepresentative> builder)
    {
        builder.ToTable("PartyRepresentatives");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Tenure);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ResearchPlanConfiguration : IEntityTypeConfiguration<ResearchPlan>
{
    public void Configure(EntityTypeBuilder<ResearchPlan> builder)
    {
        builder.ToTable("ResearchPlans");
        builder.Property(p => p.FiledBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Topics);
        builder.Ignore(p => p.ReportCount);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.PersonId, p.Year }).IsUnique();
        builder.HasMany<ResearchTopic>("_topics").WithOne().HasForeignKey("ResearchPlanId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchTopicConfiguration : IEntityTypeConfiguration<ResearchTopic>
{
    public void Configure(EntityTypeBuilder<ResearchTopic> builder)
    {
        builder.ToTable("ResearchTopics");
        builder.Property(t => t.Title).HasMaxLength(200).IsRequired();
        builder.Property(t => t.ReportTitle).HasMaxLength(200);
        builder.Property(t => t.ReportSummary).HasMaxLength(4000);
        builder.Ignore(t => t.HasReport);
    }
}

public sealed class ResearchExchangeConfiguration : IEntityTypeConfiguration<ResearchExchange>
{
    public void Configure(EntityTypeBuilder<ResearchExchange> builder)
    {
        builder.ToTable("ResearchExchanges");
        builder.Property(e => e.Place).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Year);
        builder.Ignore(e => e.Reports);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.UnitId, e.HeldOn });
        builder.HasMany<ResearchExchangeReport>("_reports").WithOne().HasForeignKey("ResearchExchangeId").OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchExchangeReportConfiguration : IEntityTypeConfiguration<ResearchExchangeReport>
{
    public void Configure(EntityTypeBuilder<ResearchExchangeReport> builder)
    {
        builder.ToTable("ResearchExchangeReports");
        builder.HasOne<ResearchTopic>().WithMany().HasForeignKey(r => r.ResearchTopicId).OnDelete(DeleteBehavior.Restrict);
    }
}
