namespace CampaignHub.Domain.Satisfaction;

/// <summary>Where a question comes from: an evaluation dimension (004) or one of the two satisfactions (000).</summary>
public enum QuestionKind
{
    /// <summary>评议内容（五个方面）: 服务大局, 工作质量, 服务态度, 干部作风, 机关形象.</summary>
    Dimension = 1,

    /// <summary>双满意: 作风转变是否满意, 解决问题是否满意.</summary>
    TwoSatisfactions = 2,
}

public static class QuestionKindNames
{
    public static string ToChinese(this QuestionKind kind) => kind switch
    {
        QuestionKind.Dimension => "评议维度",
        QuestionKind.TwoSatisfactions => "双满意",
        _ => kind.ToString(),
    };
}
