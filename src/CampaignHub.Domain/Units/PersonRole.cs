namespace CampaignHub.Domain.Units;

public enum PersonRole
{
    /// <summary>主要领导.</summary>
    MainLeader = 0,

    /// <summary>其他领导（班子成员）.</summary>
    OtherLeader = 1,

    /// <summary>联络员.</summary>
    Coordinator = 2,

    /// <summary>工作人员: staff of the office, supervisors, administrators — no team role.</summary>
    Staff = 3,
}

public static class PersonRoleNames
{
    public static string ToChinese(this PersonRole role) => role switch
    {
        PersonRole.MainLeader => "主要领导",
        PersonRole.OtherLeader => "其他领导",
        PersonRole.Coordinator => "联络员",
        PersonRole.Staff => "工作人员",
        _ => role.ToString(),
    };

    public static readonly IReadOnlyList<PersonRole> All = [PersonRole.MainLeader, PersonRole.OtherLeader, PersonRole.Coordinator, PersonRole.Staff];

    public static PersonRole? FromChinese(string? text) => All.Cast<PersonRole?>().FirstOrDefault(r => r!.Value.ToChinese() == text?.Trim());

    public static bool IsLeader(this PersonRole role) => role is PersonRole.MainLeader or PersonRole.OtherLeader;
}
