namespace CampaignHub.Domain.Satisfaction;

/// <summary>
/// Where a question comes from: an evaluation dimension (five aspects of an agency's work), or one of the two
/// satisfactions of 双满意 — the public's satisfaction with the change in cadres' conduct (作风转变) and with the
/// solving of the problems they raised (问题解决), which are reported separately wherever satisfaction is shown.
/// </summary>
public enum QuestionKind
{
    /// <summary>评议内容（五个方面）: 服务大局, 工作质量, 服务态度, 干部作风, 机关形象.</summary>
    Dimension = 1,

    /// <summary>双满意之一: 群众对党员干部作风转变是否满意.</summary>
    ConductChange = 2,

    /// <summary>双满意之二: 群众对解决群众提出的问题是否满意.</summary>
    ProblemSolving = 3,
}

public static class QuestionKindNames
{
    public static string ToChinese(this QuestionKind kind) => kind switch
    {
        QuestionKind.Dimension => "评议维度",
        QuestionKind.ConductChange => "双满意：作风转变",
        QuestionKind.ProblemSolving => "双满意：问题解决",
        _ => kind.ToString(),
    };

    /// <summary>The figure's name: "作风转变满意度" / "问题解决满意度".</summary>
    public static string RateName(this QuestionKind kind) => kind switch
    {
        QuestionKind.ConductChange => "作风转变满意度",
        QuestionKind.ProblemSolving => "问题解决满意度",
        _ => kind.ToChinese(),
    };

    public static bool IsOneOfTwoSatisfactions(this QuestionKind kind) => kind is QuestionKind.ConductChange or QuestionKind.ProblemSolving;
}
