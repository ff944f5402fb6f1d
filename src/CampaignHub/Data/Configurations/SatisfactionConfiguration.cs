using CampaignHub.Domain.Campaigns;
using CampaignHub.Domain.Satisfaction;
using CampaignHub.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignHub.Data.Configurations;

public sealed class SatisfactionSurveyConfiguration : IEntityTypeConfiguration<SatisfactionSurvey>
{
    public void Configure(EntityTypeBuilder<SatisfactionSurvey> builder)
    {
        builder.ToTable("SatisfactionSurveys");
        builder.Property(s => s.Title).HasMaxLength(100).IsRequired();
        builder.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(s => s.ThirdPartyName).HasMaxLength(SatisfactionSurvey.MaxThirdPartyNameLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(s => s.ResurveyOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.CampaignId, s.Status });

        builder.HasMany<SurveyQuestion>("_questions").WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<RespondentGroup>("_groups").WithOne().HasForeignKey(g => g.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<SurveyTargetUnit>("_targets").WithOne().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(s => s.Questions);
        builder.Ignore(s => s.RespondentGroups);
        builder.Ignore(s => s.TargetUnitIds);
        builder.Ignore(s => s.IsResurvey);
        builder.Ignore(s => s.IsComplete);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.ToTable("SurveyQuestions");
        builder.Property(q => q.Text).HasMaxLength(200).IsRequired();
        builder.HasIndex(q => new { q.SurveyId, q.Number }).IsUnique();
    }
}

public sealed class RespondentGroupConfiguration : IEntityTypeConfiguration<RespondentGroup>
{
    public void Configure(EntityTypeBuilder<RespondentGroup> builder)
    {
        builder.ToTable("SurveyRespondentGroups");
        builder.Property(g => g.Name).HasMaxLength(50).IsRequired();
        builder.HasIndex(g => new { g.SurveyId, g.Number }).IsUnique();
    }
}

public sealed class SurveyTargetUnitConfiguration : IEntityTypeConfiguration<SurveyTargetUnit>
{
    public void Configure(EntityTypeBuilder<SurveyTargetUnit> builder)
    {
        builder.ToTable("SurveyTargetUnits");
        builder.HasKey(t => new { t.SurveyId, t.UnitId });
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResponseCodeConfiguration : IEntityTypeConfiguration<ResponseCode>
{
    public void Configure(EntityTypeBuilder<ResponseCode> builder)
    {
        builder.ToTable("SurveyResponseCodes");
        builder.Property(c => c.Code).HasMaxLength(ResponseCode.CodeLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => new { c.SurveyId, c.UnitId, c.RespondentGroupNumber });
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(c => c.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(c => c.IsUsed);
        builder.Ignore(c => c.Link);
    }
}

/// <summary>Anonymous answers: no person, account, address or code column, by design.</summary>
public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.PaperBatchId).HasMaxLength(50);
        builder.Property(r => r.PaperSheetNumber).HasMaxLength(50);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.SurveyId, r.UnitId });
        builder.HasIndex(r => new { r.SurveyId, r.PaperBatchId, r.PaperSheetNumber }).IsUnique().HasFilter("\"PaperBatchId\" IS NOT NULL");
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<SurveyAnswer>("_answers").WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.Answers);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.HasIndex(a => new { a.SurveyResponseId, a.QuestionNumber }).IsUnique();
    }
}

public sealed class PaperImportConfiguration : IEntityTypeConfiguration<PaperImport>
{
    public void Configure(EntityTypeBuilder<PaperImport> builder)
    {
        builder.ToTable("SurveyPaperImports");
        builder.Property(i => i.FileName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.BatchIds).HasMaxLength(1000).IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<SatisfactionSurvey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
