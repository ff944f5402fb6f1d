using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Evaluation;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Features.Evaluation;

public sealed class DemocraticEvaluationConfiguration : IEntityTypeConfiguration<DemocraticEvaluation>
{
    public void Configure(EntityTypeBuilder<DemocraticEvaluation> builder)
    {
        builder.ToTable("DemocraticEvaluations");
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.Threshold).HasPrecision(5, 4);

        // One campaign-end round per unit; each re-evaluation has its own round number.
        builder.HasIndex(e => new { e.CampaignId, e.UnitId, e.Round }).IsUnique();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RedoOrder>().WithMany().HasForeignKey(e => e.RedoOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Ballots).WithOne().HasForeignKey(b => b.DemocraticEvaluationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Ballots).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.IsClosed);
        builder.Ignore(e => e.IsReEvaluation);
        builder.Ignore(e => e.TeamRecognition);
        builder.Ignore(e => e.ConductRecognition);
        builder.Ignore(e => e.ProblemSolvingRecognition);
        builder.Ignore(e => e.MemberRecognition);
    }
}

public sealed class EvaluationBallotConfiguration : IEntityTypeConfiguration<EvaluationBallot>
{
    public void Configure(EntityTypeBuilder<EvaluationBallot> builder)
    {
        builder.ToTable("EvaluationBallots");
        builder.HasIndex(b => new { b.DemocraticEvaluationId, b.Number }).IsUnique();
        builder.HasMany(b => b.MemberRatings).WithOne().HasForeignKey(r => r.EvaluationBallotId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.MemberRatings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class BallotMemberRatingConfiguration : IEntityTypeConfiguration<BallotMemberRating>
{
    public void Configure(EntityTypeBuilder<BallotMemberRating> builder)
    {
        builder.ToTable("EvaluationBallotMemberRatings");
        builder.HasIndex(r => new { r.EvaluationBallotId, r.PersonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RedoOrderConfiguration : IEntityTypeConfiguration<RedoOrder>
{
    public void Configure(EntityTypeBuilder<RedoOrder> builder)
    {
        builder.ToTable("RedoOrders");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Reason).HasMaxLength(500).IsRequired();
        builder.Property(r => r.Report).HasMaxLength(5000);
        builder.Property(r => r.ReturnReason).HasMaxLength(1000);
        builder.HasIndex(r => new { r.CampaignId, r.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RedoOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.IsReported);
    }
}

public sealed class RedoStepConfiguration : IEntityTypeConfiguration<RedoStep>
{
    public void Configure(EntityTypeBuilder<RedoStep> builder)
    {
        builder.ToTable("RedoSteps");
        builder.Property(s => s.Text).HasMaxLength(1200).IsRequired();
        builder.Property(s => s.ByName).HasMaxLength(100).IsRequired();
    }
}

public sealed class PrincipalLeaderRecordConfiguration : IEntityTypeConfiguration<PrincipalLeaderRecord>
{
    public void Configure(EntityTypeBuilder<PrincipalLeaderRecord> builder)
    {
        builder.ToTable("PrincipalLeaderRecords");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.Summary).HasMaxLength(5000).IsRequired();
        builder.Property(r => r.InterviewerName).HasMaxLength(100);
        builder.Property(r => r.Commitments).HasMaxLength(5000);
        builder.Property(r => r.RecordedByName).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => new { r.CampaignId, r.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Rating);
    }
}

public sealed class EvaluationCommentConfiguration : IEntityTypeConfiguration<EvaluationComment>
{
    public void Configure(EntityTypeBuilder<EvaluationComment> builder)
    {
        builder.ToTable("EvaluationComments");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Text).HasMaxLength(2000).IsRequired();
        builder.Property(c => c.ByName).HasMaxLength(100).IsRequired();
        builder.HasIndex(c => new { c.CampaignId, c.UnitId });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(c => c.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
