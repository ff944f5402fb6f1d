using CampaignHub.Domain.Common;

namespace CampaignHub.Domain.ContactDuties;

/// <summary>
/// Expected versus actual per person, rule and year. Pure: every date is a China calendar day
/// (activities are stored as China dates; "today" is <see cref="IClock.Today"/>), so the year runs
/// from 1 January to 31 December Beijing time.
/// <list type="bullet">
/// <item>Pro-rating: a person in post for part of the year owes the yearly target times the share of
/// the year's days they held the role, rounded half up (joined 1 July: 60 days → 30).</item>
/// <item>Pace: by today, the same share of the target for the days elapsed, rounded half up, is due;
/// below it is behind pace (yellow) while the year runs, and below the full target once the year (or
/// the tenure) is over is missed (red).</item>
/// <item>Days: distinct calendar days of the duty inside the year, so a stay 29 Dec–3 Jan gives 3 days
/// to each year and overlapping records are not counted twice.</item>
/// <item>Counts: an activity counts in the period its first day falls in.</item>
/// <item>The 驻点 stay (003 一.3 "其中5-7天时间到基层驻点调研"): a single record lasting at least
/// <see cref="QuotaRule.MinConsecutiveDays"/> days. A longer stay also counts: it contains the 5–7 days
/// the seed asks for, and the seed sets no upper limit on time spent at grassroots.</item>
/// <item>Monthly and half-monthly rules (003 四.1 "每月…每半月至少1天") are judged period by period:
/// a period is owed when the person held the role on at least half its days; the periods already
/// over are due; any due period without its day makes the rule behind pace (a missed month cannot be
/// made up), and red once the year is over unless every owed period was met.</item>
/// </list>
/// </summary>
public static class ComplianceEngine
{
    public static PersonCompliance Evaluate(ComplianceSubject subject, IEnumerable<QuotaRule> rules, IEnumerable<DutySpan> activities, int year, DateOnly today)
    {
        var yearRange = YearRange(year);
        var mine = activities.Where(a => a.PersonId == subject.PersonId).ToList();
        var results = new List<RuleCompliance>();
        foreach (var role in subject.Tenures.Select(t => t.Role).Distinct())
        {
            if (TenureWindow(subject.Tenures.Where(t => t.Role == role), yearRange) is not { } tenure)
            {
                continue;
            }

            foreach (var rule in rules.Where(r => r.IsActive && r.Role == role).OrderBy(r => r.DutyType).ThenBy(r => r.Period).ThenBy(r => r.Id))
            {
                var ofDuty = mine.Where(a => a.DutyType == rule.DutyType).ToList();
                results.Add(rule.Period == QuotaPeriod.Year
                    ? EvaluateYearly(rule, tenure, ofDuty, yearRange, today)
                    : EvaluatePerPeriod(rule, tenure, ofDuty, yearRange, today));
            }
        }

        return new PersonCompliance(subject, year, results);
    }

    public static DateRange YearRange(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The months (12) or half-months (24: 1st–15th, 16th–last day) of a year; the year itself for yearly rules.</summary>
    public static IReadOnlyList<DateRange> PeriodsOf(QuotaPeriod period, int year)
    {
        if (period == QuotaPeriod.Year)
        {
            return [YearRange(year)];
        }

        var result = new List<DateRange>(period.PeriodsPerYear());
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            if (period == QuotaPeriod.HalfMonth)
            {
                result.Add(new DateRange(first, new DateOnly(year, month, 15)));
                result.Add(new DateRange(new DateOnly(year, month, 16), last));
            }
            else
            {
                result.Add(new DateRange(first, last));
            }
        }

        return result;
    }

    /// <summary>Distinct days covered by the activities inside a window.</summary>
    public static int DistinctDays(IEnumerable<DutySpan> activities, DateRange window)
    {
        var days = new HashSet<int>();
        foreach (var activity in activities)
        {
            var from = Math.Max(activity.StartDate.DayNumber, window.Start.DayNumber);
            var to = Math.Min(activity.EndDate.DayNumber, window.End.DayNumber);
            for (var day = from; day <= to; day++)
            {
                days.Add(day);
            }
        }

        return days.Count;
    }

    /// <summary>Activities that count for a rule in a window: starting in it, and long enough for a stay rule.</summary>
    public static int CountIn(QuotaRule rule, IEnumerable<DutySpan> activities, DateRange window) =>
        activities.Count(a => window.Contains(a.StartDate) && (rule.MinConsecutiveDays is not { } min || a.Days >= min));

    private static int Actual(QuotaRule rule, IReadOnlyList<DutySpan> activities, DateRange window) =>
        rule.Measure == QuotaMeasure.Days && rule.MinConsecutiveDays is null
            ? DistinctDays(activities, window)
            : CountIn(rule, activities, window);

    private static RuleCompliance EvaluateYearly(QuotaRule rule, DateRange tenure, IReadOnlyList<DutySpan> activities, DateRange year, DateOnly today)
    {
        var yearDays = year.Days;
        var expected = Share(rule.Target, tenure.Days, yearDays);
        var elapsedDays = today < tenure.Start ? 0 : Math.Min(today.DayNumber, tenure.End.DayNumber) - tenure.Start.DayNumber + 1;
        var expectedByNow = Share(rule.Target, elapsedDays, yearDays);
        var actual = Actual(rule, activities, year);
        var over = today > tenure.End;

        var status = actual >= expected ? ComplianceStatus.Met
            : over ? ComplianceStatus.Missed
            : actual >= expectedByNow ? ComplianceStatus.OnTrack
            : ComplianceStatus.BehindPace;
        var due = over ? expected : expectedByNow;

        return Result(rule, expected, expectedByNow, actual, status, Ratio(actual, due), []);
    }

    private static RuleCompliance EvaluatePerPeriod(QuotaRule rule, DateRange tenure, IReadOnlyList<DutySpan> activities, DateRange year, DateOnly today)
    {
        var periods = new List<PeriodCompliance>();
        int owed = 0, due = 0, met = 0, metDue = 0;
        foreach (var period in PeriodsOf(rule.Period, year.Start.Year))
        {
            var actual = Actual(rule, activities, period);
            var inPost = Overlap(period, tenure)?.Days ?? 0;
            var isOwed = inPost * 2 >= period.Days;
            var isMet = actual >= rule.Target;

            // Over when the period has ended, or the person has left and can no longer meet it.
            var isOver = today > period.End || today > tenure.End;
            var state = !isOwed ? PeriodState.NotOwed
                : isMet ? PeriodState.Met
                : isOver ? PeriodState.Missed
                : PeriodState.Open;
            periods.Add(new PeriodCompliance(period.Start, period.End, actual, state));

            if (!isOwed)
            {
                continue;
            }

            owed++;
            met += isMet ? 1 : 0;
            if (isOver)
            {
                due++;
                metDue += isMet ? 1 : 0;
            }
        }

        var status = met >= owed ? ComplianceStatus.Met
            : today > tenure.End ? ComplianceStatus.Missed
            : metDue < due ? ComplianceStatus.BehindPace
            : ComplianceStatus.OnTrack;

        return Result(rule, owed, due, met, status, Ratio(metDue, due), periods);
    }

    private static RuleCompliance Result(QuotaRule rule, int expected, int expectedByNow, int actual, ComplianceStatus status, decimal attainment, IReadOnlyList<PeriodCompliance> periods) =>
        new(rule.Id, rule.Role, rule.DutyType, rule.Measure, rule.Period, rule.Description, rule.TargetText,
            expected, expectedByNow, actual, status, attainment, periods);

    /// <summary>target × part / whole, rounded half up.</summary>
    private static int Share(int target, int part, int whole) =>
        (int)Math.Round((decimal)target * part / whole, MidpointRounding.AwayFromZero);

    private static decimal Ratio(int done, int due) => due <= 0 ? 1m : Math.Min(1m, (decimal)done / due);

    /// <summary>
    /// The part of the year a role was held: from the earliest start to the latest end of its
    /// tenures (a re-appointment gap is ignored); null when not held at all in the year.
    /// </summary>
    private static DateRange? TenureWindow(IEnumerable<RoleTenure> tenures, DateRange year)
    {
        var inYear = tenures
            .Select(t => (Start: t.From ?? DateOnly.MinValue, End: t.To ?? DateOnly.MaxValue))
            .Where(t => t.Start <= year.End && t.End >= year.Start && t.Start <= t.End)
            .ToList();
        if (inYear.Count == 0)
        {
            return null;
        }

        var start = inYear.Min(t => t.Start);
        var end = inYear.Max(t => t.End);
        return new DateRange(start < year.Start ? year.Start : start, end > year.End ? year.End : end);
    }

    private static DateRange? Overlap(DateRange a, DateRange b)
    {
        var start = a.Start > b.Start ? a.Start : b.Start;
        var end = a.End < b.End ? a.End : b.End;
        return start <= end ? new DateRange(start, end) : null;
    }
}
