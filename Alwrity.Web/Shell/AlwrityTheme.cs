using MudBlazor;

namespace Alwrity.Web.Shell;

/// <summary>Alwrity's colours and type, light and dark. Fonts fall back to the system stack (no web fonts offline).</summary>
public static class AlwrityTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            // Text-bearing colours keep at least 4.5:1 contrast on the light background (WCAG AA).
            Primary = "#4F46E5",
            Secondary = "#0F766E",
            Tertiary = "#B45309",
            Success = "#2E7D32",
            Warning = "#B45309",
            Error = "#C62828",
            Info = "#1565C0",
            TextSecondary = "#5C5C66",
            AppbarBackground = "#1E1B4B",
            Background = "#F7F7FB",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A5B4FC",
            Secondary = "#5EEAD4",
            Tertiary = "#FCD34D",
            Info = "#60A5FA",
            Success = "#4ADE80",
            Warning = "#FBBF24",
            Error = "#F87171",
            AppbarBackground = "#111027",
            Background = "#15141F",
            Surface = "#1E1D2B",
            DrawerBackground = "#1A1926",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
    };
}
