namespace CampaignHub.Domain.Supervision;

/// <summary>
/// Issued → Responded → ResurveyPending → Closed. A re-survey still below the threshold sends the order back to
/// Issued: the unit must respond again. Overdue is not a status; it is computed from the deadline.
/// </summary>
public enum RectificationOrderStatus
{
    /// <summary>已下达: waiting for the unit's response.</summary>
    Issued = 1,

    /// <summary>已反馈: the unit answered; waiting for a re-survey to be scheduled.</summary>
    Responded = 2,

    /// <summary>待复测: a re-survey is scheduled or running.</summary>
    ResurveyPending = 3,

    /// <summary>已销号: the re-survey rate reached the threshold.</summary>
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
