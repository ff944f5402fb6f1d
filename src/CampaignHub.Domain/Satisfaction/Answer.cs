namespace CampaignHub.Domain.Satisfaction;

/// <summary>The four-point scale of every question (满意 / 基本满意 / 不满意 / 不了解).</summary>
public enum Answer
{
    /// <summary>满意.</summary>
    Satisfied = 1,

    /// <summary>基本满意.</summary>
    BasicallySatisfied = 2,

    /// <summary>不满意.</summary>
    Dissatisfied = 3,

    /// <summary>不了解: not a valid answer for the rate, and the only answer that may be left blank.</summary>
    DontKnow = 4,
}

public static class AnswerNames
{
    /// <summary>The scale in the order the survey page shows it.</summary>
    public static readonly IReadOnlyList<Answer> Scale = [Answer.Satisfied, Answer.BasicallySatisfied, Answer.Dissatisfied, Answer.DontKnow];

    public static string ToChinese(this Answer answer) => answer switch
    {
        Answer.Satisfied => "满意",
        Answer.BasicallySatisfied => "基本满意",
        Answer.Dissatisfied => "不满意",
        Answer.DontKnow => "不了解",
        _ => answer.ToString(),
    };

    /// <summary>Counts in the denominator of the rate (everything except 不了解).</summary>
    public static bool IsValid(this Answer answer) => answer is Answer.Satisfied or Answer.BasicallySatisfied or Answer.Dissatisfied;

    /// <summary>Counts in the numerator of the rate (满意 or 基本满意).</summary>
    public static bool IsPositive(this Answer answer) => answer is Answer.Satisfied or Answer.BasicallySatisfied;
}
