using CampaignHub.Domain.Common;
using CampaignHub.Domain.Units;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>The two kinds of secondment to grassroots that seed 003 三.1 names.</summary>
public enum SecondmentKind
{
    /// <summary>市管后备干部、年轻干部: "时间1-2年".</summary>
    ReserveCadre = 0,

    /// <summary>新录用的年轻公务员和参照管理单位工作人员: "时间不少于1年".</summary>
    NewCivilServant = 1,
}

public static class SecondmentKindNames
{
    public static string ToChinese(this SecondmentKind kind) => kind switch
    {
        SecondmentKind.ReserveCadre => "后备干部、年轻干部挂职",
        SecondmentKind.NewCivilServant => "新录用公务员挂职",
        _ => kind.ToString(),
    };
}

/// <summary>
/// A cadre seconded to a grassroots host unit (挂职任职, 003 三): the period, the host unit, the
/// mentor of the "1+1" mentoring system and, at the end, the review (述职评议、实绩考核).
/// </summary>
public sealed class Secondment : AggregateRoot
{
    private Secondment()
    {
        HostUnitName = string.Empty;
        MentorName = string.Empty;
    }

    public int PersonId { get; private set; }

    /// <summary>The sending unit, whose coordinator keeps the record.</summary>
    public int HomeUnitId { get; private set; }

    /// <summary>The host unit when it is in the unit tree; many hosts (townships elsewhere) are not.</summary>
    public int? HostUnitId { get; private set; }

    public string HostUnitName { get; private set; }

    public SecondmentKind Kind { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>Inclusive last day.</summary>
    public DateOnly EndDate { get; private set; }

    /// <summary>"1+1"导师.</summary>
    public string MentorName { get; private set; }

    public string? EndReview { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    public bool IsReviewed => ReviewedAt is not null;

    public DateRange Period => new(StartDate, EndDate);

    public bool IsUnderwayOn(DateOnly day) => Period.Contains(day);

    /// <summary>Ended but not yet reviewed: the office chases these.</summary>
    public bool IsAwaitingReview(DateOnly today) => today >= EndDate && !IsReviewed;

    public static Secondment Start(int personId, int homeUnitId, int? hostUnitId, string hostUnitName, SecondmentKind kind, DateOnly startDate, DateOnly endDate, string mentorName, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, homeUnitId, tree);
        var secondment = new Secondment { PersonId = personId, HomeUnitId = homeUnitId };
        secondment.Apply(hostUnitId, hostUnitName, kind, startDate, endDate, mentorName);
        secondment.Raise(new SecondmentStarted(secondment));
        return secondment;
    }

    public void Change(int? hostUnitId, string hostUnitName, SecondmentKind kind, DateOnly startDate, DateOnly endDate, string mentorName, Actor actor, UnitTree tree)
    {
        ContactAccess.EnsureCanRecord(actor, HomeUnitId, tree);
        if (IsReviewed)
        {
            throw new DomainException("已完成期满考核的挂职不能再修改");
        }

        Apply(hostUnitId, hostUnitName, kind, startDate, endDate, mentorName);
    }

    /// <summary>The end review, allowed from the last day of the secondment on (China date).</summary>
    public void Review(string review, Actor actor, UnitTree tree, IClock clock)
    {
        ContactAccess.EnsureCanRecord(actor, HomeUnitId, tree);
        if (clock.Today < EndDate)
        {
            throw new DomainException($"挂职期满（{EndDate:yyyy-MM-dd}）后才能进行期满考核");
        }

        EndReview = Guard.Required(review, "期满考核意见", 4000);
        ReviewedAt = clock.UtcNow;
        ReviewedBy = actor.UserName;
        Raise(new SecondmentReviewed(this));
    }

    /// <summary>
    /// Length rules of 003 三.1, in calendar years with an inclusive end: one year from 2014-03-01
    /// ends on 2015-02-28.
    /// </summary>
    public static void ValidateLength(SecondmentKind kind, DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate)
        {
            throw new DomainException("结束日期不能早于开始日期");
        }

        var oneYear = startDate.AddYears(1).AddDays(-1);
        var twoYears = startDate.AddYears(2).AddDays(-1);
        switch (kind)
        {
            case SecondmentKind.ReserveCadre when endDate < oneYear || endDate > twoYears:
                throw new DomainException("后备干部、年轻干部挂职时间应为1-2年");
            case SecondmentKind.NewCivilServant when endDate < oneYear:
                throw new DomainException("新录用公务员挂职时间不少于1年");
        }
    }

    private void Apply(int? hostUnitId, string hostUnitName, SecondmentKind kind, DateOnly startDate, DateOnly endDate, string mentorName)
    {
        ValidateLength(kind, startDate, endDate);
        if (hostUnitId is { } host && host == HomeUnitId)
        {
            throw new DomainException("挂职单位不能是派出单位");
        }

        HostUnitId = hostUnitId;
        HostUnitName = Guard.Required(hostUnitName, "挂职单位", 100);
        Kind = kind;
        StartDate = startDate;
        EndDate = endDate;
        MentorName = Guard.Required(mentorName, "导师", 50);
    }
}
