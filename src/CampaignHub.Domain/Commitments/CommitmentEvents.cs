using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Commitments;

/// <summary>Something that happened to a commitment. The summary ends with what was promised.</summary>
public abstract record CommitmentEvent(Commitment Commitment, string What) : IDomainEvent
{
    public string Summary => $"{What}：{Commitment.Content}";
}

public sealed record CommitmentFiled(Commitment Commitment) : CommitmentEvent(Commitment, "报送承诺事项");

public sealed record CommitmentRevised(Commitment Commitment) : CommitmentEvent(Commitment, "修改承诺事项");

public sealed record CommitmentStarted(Commitment Commitment) : CommitmentEvent(Commitment, "承诺事项开始办理");

public sealed record CommitmentProgressed(Commitment Commitment, int Percent) : CommitmentEvent(Commitment, $"承诺事项进度 {Percent}%");

public sealed record CommitmentDone(Commitment Commitment) : CommitmentEvent(Commitment, "承诺事项办结");

public sealed record CommitmentCancelled(Commitment Commitment) : CommitmentEvent(Commitment, "取消承诺事项");

public sealed record CommitmentPublicitySet(Commitment Commitment, bool IsPublic) : CommitmentEvent(Commitment, IsPublic ? "公示承诺事项" : "取消公示承诺事项");

public sealed record CommitmentAssessed(Commitment Commitment, AssessmentLevel Level) : CommitmentEvent(Commitment, $"三级考核（{Level.ToChinese()}）");

/// <summary>The office set or moved the date by which every unit must have filed.</summary>
public sealed record LedgerDueDateSet(CommitmentLedger Ledger) : IDomainEvent
{
    public string Summary => $"台账报送时限：{Ledger.DueDate:yyyy年M月d日}";
}

/// <summary>The office recorded or revised its judgement on one three-checks bucket.</summary>
public sealed record ThreeChecksJudged(ThreeChecksReview Review) : IDomainEvent
{
    public string Summary => $"三查三看评议：{Review.Bucket.ToChinese()}";
}
