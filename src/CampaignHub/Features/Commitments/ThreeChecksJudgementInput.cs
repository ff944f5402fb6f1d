using CampaignHub.Domain.Commitments;

namespace CampaignHub.Features.Commitments;

public sealed record ThreeChecksJudgementInput(ThreeChecksBucket Bucket, bool Positive, string? Comment, int? ExpectedVersion);
