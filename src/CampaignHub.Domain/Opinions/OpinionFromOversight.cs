using CampaignHub.Domain.Common;
using CampaignHub.Domain.PublicOversight;
using CampaignHub.Domain.Rectification;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.Opinions;

/// <summary>
/// Public oversight's ways into the pipeline: a volunteer supervisor's observation (监督意见) on a unit they oversee,
/// routed to that unit under the volunteer's name and followed by them to its answer; and an opinion the office
/// enters from a channel with set hours (主席接待日, 12338, 12345) naming the session it was heard at.
/// </summary>
public sealed partial class Opinion
{
    /// <summary>The volunteer supervisor who filed it; null for every other opinion.</summary>
    public int? VolunteerSupervisorId { get; private set; }

    /// <summary>The disclosed item the observation is about (公开承诺 or 公开整改), if any.</summary>
    public RatedItemKind? ObservedItemKind { get; private set; }

    public int? ObservedItemId { get; private set; }

    /// <summary>The channel schedule whose session (on <see cref="RaisedOn"/>) it was heard at.</summary>
    public int? ChannelScheduleId { get; private set; }

    /// <summary>
    /// A volunteer files an observation on a unit they oversee, optionally on one of its disclosed items. It enters as
    /// new, sitting with that unit (the unit claims and answers it like any opinion), raised today under the volunteer's
    /// name. A volunteer whose appointment is not running, or who does not oversee the unit, is refused.
    /// </summary>
    public static Opinion FiledByVolunteer(int campaignId, VolunteerSupervisor volunteer, int unitId, DisclosedItem? item, OpinionCategory category, string content, IClock clock)
    {
        volunteer.WhyCannotWatch(unitId, clock.Today).Ensure();
        if (volunteer.CampaignId != campaignId)
        {
            throw new DomainException("只能对本次活动的公开事项提出监督意见");
        }

        if (item is not null && (item.UnitId != unitId || !item.IsPublic))
        {
            throw new NotFoundException("该单位没有这个公开事项");
        }

        var opinion = new Opinion(campaignId, OpinionSource.Volunteer, category, content, clock.Today, volunteer.Name, volunteer.Phone, clock)
        {
            EnteredByUnitId = unitId,
            EnteredBy = volunteer.UserName,
            VolunteerSupervisorId = volunteer.Id,
            ObservedItemKind = item?.Kind,
            ObservedItemId = item?.Id,
        };
        opinion.Raise(new OpinionFiledByVolunteer(opinion));
        return opinion;
    }

    /// <summary>
    /// Names the session of a scheduled channel (主席接待日, 12338, 12345) the opinion was heard at: the schedule must be
    /// of the opinion's source and hold a session on the day it was raised. Whoever entered it may name it.
    /// </summary>
    public void HeardAtSession(ChannelSchedule schedule, Actor actor, UnitTree tree)
    {
        OpinionAccess.EnsureCanActOn(actor, this, tree);
        if (schedule.WhyNotSessionOf(Source, RaisedOn) is { } problem)
        {
            throw new DomainException(problem);
        }

        ChannelScheduleId = schedule.Id;
    }

    /// <summary>What a volunteer following their observation sees: its state and the unit's answer.</summary>
    public bool IsFiledBy(VolunteerSupervisor volunteer) => VolunteerSupervisorId == volunteer.Id;
}

/// <summary>A disclosed item as the observation rule reads it: whose it is and whether it is public.</summary>
public sealed record DisclosedItem(RatedItemKind Kind, int Id, int UnitId, bool IsPublic);
