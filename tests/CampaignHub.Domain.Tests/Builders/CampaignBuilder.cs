using CampaignHub.Domain.Campaigns;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>Builds the Jiangning demo campaign shape (江宁群办发〔2014〕8号) or variations of it.</summary>
public sealed class CampaignBuilder
{
    private DateOnly _start = new(2014, 3, 26);
    private DateOnly _end = new(2014, 9, 30);
    private bool _withPhases = true;

    public CampaignBuilder From(DateOnly start, DateOnly end)
    {
        _start = start;
        _end = end;
        return this;
    }

    public CampaignBuilder WithoutPhases()
    {
        _withPhases = false;
        return this;
    }

    public Campaign Build()
    {
        var campaign = new Campaign("双联动双体验双满意", "江宁群办发〔2014〕8号", "江宁区委教育实践活动领导小组办公室", new DateOnly(2014, 3, 26), _start, _end);
        if (_withPhases)
        {
            var first = campaign.AddPhase("学习教育、听取意见", _start, _start.AddDays(50));
            campaign.AddPhase("查摆问题、开展批评", _start.AddDays(51), _start.AddDays(110));
            campaign.AddPhase("整改落实、建章立制", _start.AddDays(111), _end);
            campaign.AddMilestone(first, "与上级对口部门对接联动", new DateOnly(2014, 3, 31));
        }

        return campaign;
    }
}
