namespace CampaignHub.Domain.Common;

/// <summary>An inclusive range of calendar days.</summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new DomainException("结束日期不能早于开始日期");
        }

        Start = start;
        End = end;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public bool Contains(DateRange other) => other.Start >= Start && other.End <= End;
}
