namespace CampaignHub.Domain.Supervision;

/// <summary>
/// Issued → Responded → Closed (report accepted) or → ResurveyPending → Closed (re-survey at the threshold). A
/// returned report, or a re-survey still below the threshold, sends the order back to Issued: the unit must report
/// again. Overdue is not a status; it is computed from the deadline.
/// </summary>
public enum RectificationOrderStatus
{
    /// <summary>已下达: the unit is rectifying; waiting for its report back (also after a return).</summary>
    Issued = 1,

    /// <summary>已反馈: the unit reported back; waiting for the supervisor to accept, return or arrange a re-survey.</summary>
    Responded = 2,

    /// <summary>待复测: a re-survey is scheduled or running.</summary>
    ResurveyPending = 3,

    /// <summary>已销号 / 已验收: closed (see <see cref="OrderClosure"/>).</summary>
    Closed = 4,
}

public static class RectificationOrderStatusNames
{
    public static string ToChinese(this RectificationOrderStatus status) => status switch
    {
        RectificationOrderStatus.Issued => "已下达",
        RectificationOrderStatus.Responded => "已反馈",
        RectificationOrderStatus.ResurveyPending => "待复测",
        RectificationOrderStatus.Closed => "已销号",
        _ => status.ToString(),
    };
}

/// <summary>How a closed order was closed.</summary>
public enum OrderClosure
{
    /// <summary>已销号: a re-survey of the unit reached the threshold.</summary>
    Resurvey = 1,

    /// <summary>已验收: the supervisor accepted the unit's report back.</summary>
    Accepted = 2,
}

public static class OrderClosureNames
{
    public static string ToChinese(this OrderClosure closure) => closure switch
    {
        OrderClosure.Resurvey => "复测达标销号",
        OrderClosure.Accepted => "验收办结",
        _ => closure.ToString(),
    };
}
