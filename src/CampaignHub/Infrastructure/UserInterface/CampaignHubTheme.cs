using MudBlazor;

namespace CampaignHub.Infrastructure.UserInterface;

/// <summary>
/// A sober office theme: a deep navy primary, a restrained red for what needs attention, square-ish corners,
/// and Chinese system fonts first so characters are not drawn by a Latin fallback.
/// </summary>
public static class CampaignHubTheme
{
    private static readonly string[] Fonts = ["\"Noto Sans CJK SC\"", "\"Source Han Sans SC\"", "\"PingFang SC\"", "\"Microsoft YaHei\"", "sans-serif"];

    public static MudTheme Office { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4e89",
            Secondary = "#5c6b7a",
            Tertiary = "#2e7d32",
            Error = "#b3261e",
            Warning = "#a15c00",
            Success = "#2e7d32",
            Info = "#1d4e89",
            AppbarBackground = "#16365f",
            AppbarText = "#ffffff",
            Background = "#f5f6f8",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1f2933",
            TextPrimary = "#1f2933",
            TextSecondary = "#4a5563",
            ActionDefault = "#4a5563",
            LinesDefault = "#d5d9df",
            TableLines = "#e3e6ea",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts, FontSize = "0.9375rem", LineHeight = "1.6" },
            H4 = new H4Typography { FontFamily = Fonts, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = Fonts, FontSize = "1.35rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = Fonts, FontSize = "1.1rem", FontWeight = "600" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "4px", DrawerWidthLeft = "220px" },
    };
}
