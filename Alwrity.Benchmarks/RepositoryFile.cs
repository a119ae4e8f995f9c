namespace Alwrity.Benchmarks;

/// <summary>Paths inside the repository, found from the working directory upwards (the folder holding Alwrity.Web.sln).</summary>
internal static class RepositoryFile
{
    public static string Path(params string[] parts)
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Alwrity.Web.sln")))
        {
            dir = dir.Parent;
        }

        return System.IO.Path.Combine([dir?.FullName ?? Directory.GetCurrentDirectory(), .. parts]);
    }
}
