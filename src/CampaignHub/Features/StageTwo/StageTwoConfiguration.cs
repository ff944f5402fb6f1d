using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.StageTwo;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.StageTwo;

public sealed class SelfExaminationMaterialConfiguration : IEntityTypeConfiguration<SelfExaminationMaterial>
{
    public void Configure(EntityTypeBuilder<SelfExaminationMaterial> builder)
    {
        builder.ToTable("SelfExaminationMaterials");
        builder.Property(m => m.FourWindsProblems).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(m => m.ConductStatement).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(m => m.RootsAnalysis).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(m => m.DirectionAndMeasures).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(m => m.CirculationScope).HasMaxLength(500);
        builder.Property(m => m.UpdatedBy).HasMaxLength(256).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();

        // One material per author and kind in a campaign: the team's once, each member's once.
        builder.HasIndex(m => new { m.CampaignId, m.UnitId, m.Kind, m.AuthorPersonId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Versions).WithOne().HasForeignKey(v => v.SelfExaminationMaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Comments).WithOne().HasForeignKey(c => c.SelfExaminationMaterialId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(m => m.Text);
        builder.Navigation(m => m.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Comments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.LatestVersion);
        builder.Ignore(m => m.ReturnReason);
        builder.Ignore(m => m.IsPassed);
    }
}

public sealed class MaterialVersionConfiguration : IEntityTypeConfiguration<MaterialVersion>
{
    public void Configure(EntityTypeBuilder<MaterialVersion> builder)
    {
        builder.ToTable("SelfExaminationMaterialVersions");
        builder.Property(v => v.FourWindsProblems).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(v => v.ConductStatement).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(v => v.RootsAnalysis).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(v => v.DirectionAndMeasures).HasMaxLength(MaterialText.MaxSectionLength);
        builder.Property(v => v.By).HasMaxLength(256).IsRequired();
        builder.Property(v => v.ByName).HasMaxLength(100).IsRequired();
        builder.Property(v => v.DecisionNote).HasMaxLength(1000);
        builder.Property(v => v.DecidedByName).HasMaxLength(100);
        builder.HasIndex(v => new { v.SelfExaminationMaterialId, v.Number }).IsUnique();
        builder.Ignore(v => v.Text);
    }
}

public sealed class MaterialCommentConfiguration : IEntityTypeConfiguration<MaterialComment>
{
    public void Configure(EntityTypeBuilder<MaterialComment> builder)
    {
        builder.ToTable("SelfExaminationMaterialComments");
        builder.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.By).HasMaxLength(256).IsRequired();
        builder.Property(c => c.ByName).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ByRole).HasMaxLength(20).IsRequired();
    }
}

public sealed class HeartToHeartTalkConfiguration : IEntityTypeConfiguration<HeartToHeartTalk>
{
    public void Configure(EntityTypeBuilder<HeartToHeartTalk> builder)
    {
        builder.ToTable("HeartToHeartTalks");
        builder.Property(t => t.Topics).HasMaxLength(500).IsRequired();
        builder.Property(t => t.OpinionsToFirst).HasMaxLength(2000);
        builder.Property(t => t.OpinionsToSecond).HasMaxLength(2000);
        builder.Property(t => t.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasIndex(t => new { t.CampaignId, t.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(t => t.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.FirstPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.SecondPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.Pair);
    }
}

public sealed class DepartmentOversightConfiguration : IEntityTypeConfiguration<DepartmentOversight>
{
    public void Configure(EntityTypeBuilder<DepartmentOversight> builder)
    {
        builder.ToTable("DepartmentOversights");
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.CampaignId, o.UnitId, o.MemberPersonId, o.DepartmentUnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(o => o.DepartmentUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(o => o.MemberPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DemocraticLifeMeetingConfiguration : IEntityTypeConfiguration<DemocraticLifeMeeting>
{
    public void Configure(EntityTypeBuilder<DemocraticLifeMeeting> builder)
    {
        builder.ToTable("DemocraticLifeMeetings");
        builder.Property(m => m.UpperLeaderName).HasMaxLength(100).IsRequired();
        builder.Property(m => m.SupervisionReview).HasMaxLength(5000);
        builder.Property(m => m.ReviewedByName).HasMaxLength(100);
        builder.Property(m => m.BriefingAttendance).HasMaxLength(2000);
        builder.Property(m => m.BriefingMaterial).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();

        // One meeting per unit in a campaign.
        builder.HasIndex(m => new { m.CampaignId, m.UnitId }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SupervisionGroup>().WithMany().HasForeignKey(m => m.SupervisionGroupId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Contributions).WithOne().HasForeignKey(c => c.DemocraticLifeMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Appraisals).WithOne().HasForeignKey(a => a.DemocraticLifeMeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Contributions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Appraisals).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(m => m.IsHeld);
        builder.Ignore(m => m.BriefingHeld);
    }
}

public sealed class MeetingContributionConfiguration : IEntityTypeConfiguration<MeetingContribution>
{
    public void Configure(EntityTypeBuilder<MeetingContribution> builder)
    {
        builder.ToTable("MeetingContributions");
        builder.Property(c => c.SelfCriticism).HasMaxLength(5000).IsRequired();
        builder.Property(c => c.CriticismReceived).HasMaxLength(5000);
        builder.Property(c => c.ResponseToPublic).HasMaxLength(5000);
        builder.HasIndex(c => new { c.DemocraticLifeMeetingId, c.PersonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PartyMemberAppraisalConfiguration : IEntityTypeConfiguration<PartyMemberAppraisal>
{
    public void Configure(EntityTypeBuilder<PartyMemberAppraisal> builder)
    {
        builder.ToTable("PartyMemberAppraisals");
        builder.HasIndex(a => new { a.DemocraticLifeMeetingId, a.PersonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
