using CampaignHub.Components.Shared;
using CampaignHub.Domain.Common;
using CampaignHub.Domain.RuleRegister;

namespace CampaignHub.Features.RuleRegister;

public sealed record RuleFilter(int? UnitId = null, RuleStatus? Status = null, RuleKind? Kind = null);

/// <summary>The office-wide register the actor may read, the units they may register for, and each unit's problems to pick from.</summary>
public sealed record RuleRegisterDto(int CampaignId, string CampaignTitle, IReadOnlyList<RuleRowDto> Rows, IReadOnlyList<RuleUnitOption> Registering);

public sealed record RuleRowDto(
    int Id,
    int Version,
    int UnitId,
    string UnitName,
    string Title,
    RuleKind Kind,
    string KindText,
    RuleStatus Status,
    string StatusText,
    string? Summary,
    DateOnly DraftedOn,
    DateOnly? IssuedOn,
    string? DocumentNumber,
    DateOnly? InForceOn,
    IReadOnlyList<RuleProblemDto> Problems,
    IReadOnlyList<RuleProblemDto> Linkable,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyDictionary<RuleAction, ActionAnswer> Answers)
{
    public ActionAnswer Can(RuleAction action) => Answers.GetValueOrDefault(action) ?? ActionAnswer.NotPermitted("您无权执行该操作");

    public string ProblemsText => string.Join("；", Problems.Select(p => p.Title));
}

public sealed record RuleProblemDto(int Id, string Title);

public sealed record RuleUnitOption(int UnitId, string UnitName, IReadOnlyList<RuleProblemDto> Problems);

public sealed record RegisterRuleInput(int UnitId, string? Title, RuleKind Kind, string? Summary, DateOnly? DraftedOn, IReadOnlyList<int>? ProblemIds);

public sealed record RuleStepInput(int Version, DateOnly? On, string? DocumentNumber);
