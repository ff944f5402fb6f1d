using CampaignHub.Domain.Common;
using CampaignHub.Domain.Supervision;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Tests.Builders;

/// <summary>
/// Supervision actions in a small tree: the district (1) sends the group; street 2 with community 3 below it, and
/// street 4 beside it. The campaign runs 2014-03-26 to 2014-06-30; the group supervises 2, 3 and 4.
/// </summary>
public sealed class SupervisionActionBuilder
{
    public const int District = 1;
    public const int Street = 2;
    public const int Community = 3;
    public const int OtherStreet = 4;
    public static readonly UnitTree Tree = new([(District, null), (Street, District), (Community, Street), (OtherStreet, District)]);
    public static readonly DateRange Campaign = new(new DateOnly(2014, 3, 26), new DateOnly(2014, 6, 30));

    private SupervisionActionType _type = SupervisionActionType.SpotCheck;
    private int _unitId = Community;
    private DateOnly _date = new(2014, 4, 8);
    private string _examined = "窗口午间值守情况";
    private readonly List<string> _findings = [];

    public static Actor GroupMember() => ActorBuilder.SupervisorOf(Street, Community, OtherStreet);

    public static FixedClock Clock() => Clocks.AtChina(2014, 4, 10);

    public SupervisionActionBuilder LookBack()
    {
        _type = SupervisionActionType.LookBack;
        _examined = "一季度整改事项落实情况";
        return this;
    }

    public SupervisionActionBuilder OfType(SupervisionActionType type)
    {
        _type = type;
        return this;
    }

    public SupervisionActionBuilder AtUnit(int unitId)
    {
        _unitId = unitId;
        return this;
    }

    public SupervisionActionBuilder On(DateOnly date)
    {
        _date = date;
        return this;
    }

    public SupervisionActionBuilder Examining(string examined)
    {
        _examined = examined;
        return this;
    }

    public SupervisionActionBuilder Finding(string problem)
    {
        _findings.Add(problem);
        return this;
    }

    public SupervisionAction Build(Actor? by = null) =>
        SupervisionAction.Record(1, Campaign, _unitId, 7, _type, _date, _examined, null, _findings, by ?? GroupMember(), Clock());

    /// <summary>Finding <paramref name="number"/> answered by the unit's own coordinator.</summary>
    public static SupervisionAction Responded(SupervisionAction action, int number = 1)
    {
        action.RespondToFinding(number, "已建立午间轮岗制度并公示", ActorBuilder.Coordinator(action.UnitId), Tree, Clock());
        return action;
    }
}
