namespace Alwrity.Tests.TestSupport;

/// <summary>Finds the public-domain corpora that sit beside the repository (tests may read them; the app may not).</summary>
public static class SharedCorpora
{
    public static string Root { get; } = Locate();

    public static string Folder(string name) => Path.Combine(Root, name);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("ALWRITY_SHARED_CORPORA");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
        {
            return configured;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            var sibling = Path.Combine(dir.FullName, "..", "shared", "corpora");
            if (Directory.Exists(sibling) && File.Exists(Path.Combine(dir.FullName, "Alwrity.Web.sln")))
            {
                return Path.GetFullPath(sibling);
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("The shared corpora folder (../shared/corpora beside the repository) was not found.");
    }
}
