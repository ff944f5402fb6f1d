using CampaignHub.Domain.RuleRegister;

namespace CampaignHub.Features.RuleRegister.Components;

/// <summary>What the register-rule dialog returns.</summary>
public sealed class RuleForm
{
    public int? UnitId { get; set; }

    public string? Title { get; set; }

    public RuleKind Kind { get; set; } = RuleKind.New;

    public string? Summary { get; set; }

    public DateOnly? DraftedOn { get; set; }

    public IReadOnlyCollection<int> ProblemIds { get; set; } = [];
}

/// <summary>What the issue / in-force dialog returns: the day, and the 文号 when issuing.</summary>
public sealed record RuleStepForm(DateOnly On, string? DocumentNumber);
