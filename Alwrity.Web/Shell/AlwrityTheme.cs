using MudBlazor;

namespace Alwrity.Web.Shell;

/// <summary>Alwrity's colours and type, light and dark. Fonts fall back to the system stack (no web fonts offline).</summary>
public static class AlwrityTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4F46E5",
            Secondary = "#0EA5A4",
            Tertiary = "#F59E0B",
            AppbarBackground = "#1E1B4B",
            Background = "#F7F7FB",
            DrawerBackground = "#FFFFFF",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#A5B4FC",
            Secondary = "#5EEAD4",
            Tertiary = "#FCD34D",
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
