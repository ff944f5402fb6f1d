using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.Plans;

/// <summary>
/// How many frontline experience activities (一线体验活动) a unit's plan must carry: 上报3－5个 by default. A campaign
/// may set its own range; <see cref="Default"/> is the one place the default lives.
/// </summary>
public sealed record ExperienceRange
{
    public ExperienceRange(int minimum, int maximum)
    {
        if (minimum < 0 || maximum < minimum || maximum > 100)
        {
            throw new DomainException("一线体验活动数量范围无效：下限不能小于0，上限不能小于下限且不超过100");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>上报3－5个一线体验活动.</summary>
    public static ExperienceRange Default { get; } = new(3, 5);

    public int Minimum { get; }

    public int Maximum { get; }

    public bool Contains(int count) => count >= Minimum && count <= Maximum;

    /// <summary>"3至5个".</summary>
    public override string ToString() => Minimum == Maximum ? $"{Minimum}个" : $"{Minimum}至{Maximum}个";
}
