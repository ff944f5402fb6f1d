namespace CampaignHub.Features.Wall.Sources;

/// <summary>The window the dashboards call "due soon".</summary>
public static class DueSoonWindow
{
    public const int Days = 7;

    /// <summary>Due today or within the next <see cref="Days"/> days (China dates).</summary>
    public static bool Contains(DateOnly dueDate, DateOnly today) => dueDate >= today && dueDate <= today.AddDays(Days);
}
