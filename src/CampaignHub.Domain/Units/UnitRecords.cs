namespace CampaignHub.Domain.Units;

/// <summary>What refers to a unit: the records that keep it from being deleted (it can then only be retired).</summary>
public readonly record struct UnitRecords(int Enrolments, int Plans, int WorkItems, int People, int Accounts, int UnitsBelow, int OtherRecords)
{
    public bool Any => Enrolments + Plans + WorkItems + People + Accounts + UnitsBelow + OtherRecords > 0;

    /// <summary>The records in words, e.g. “活动参加记录1条、人员3名”.</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add(Enrolments, "活动参加记录{0}条");
        Add(Plans, "实施方案{0}份");
        Add(WorkItems, "工作事项{0}项");
        Add(People, "人员{0}名");
        Add(Accounts, "账号{0}个");
        Add(UnitsBelow, "下级单位{0}个");
        Add(OtherRecords, "其他业务记录{0}条");
        return string.Join("、", parts);

        void Add(int count, string format)
        {
            if (count > 0)
            {
                parts.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, count));
            }
        }
    }
}
