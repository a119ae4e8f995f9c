namespace Alwrity.Web.Configuration;

/// <summary>
/// Alwrity has one configuration file a user edits: <c>appsettings.json</c> at the repository root.
/// This finds it whether the app is started from the root or from its own folder, and layers it under
/// the usual sources so environment files, environment variables and user secrets still override it.
/// </summary>
internal static class RootConfiguration
{
    public const string FileName = "appsettings.json";

    /// <summary>The folder holding the root appsettings.json, or the content root when it is not found (published app).</summary>
    public static string LocateRoot(string contentRoot)
    {
        foreach (var start in new[] { contentRoot, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, FileName)) && File.Exists(Path.Combine(dir.FullName, "Alwrity.Web.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return contentRoot;
    }

    public static void AddRootAppSettings(this WebApplicationBuilder builder)
    {
        var root = LocateRoot(builder.Environment.ContentRootPath);
        builder.Configuration["Alwrity:RootDirectory"] = root;
        var rootFile = Path.Combine(root, FileName);
        if (!File.Exists(rootFile) || string.Equals(root, builder.Environment.ContentRootPath, StringComparison.Ordinal))
        {
            return; // The default host already loaded it.
        }

        // Insert the root file before everything else so appsettings.{Environment}.json, user secrets,
        // environment variables and the command line keep their precedence over it.
        var sources = builder.Configuration.Sources;
        var envFile = $"appsettings.{builder.Environment.EnvironmentName}.json";
        // Same switch as the host's own files (DOTNET_hostBuilder__reloadConfigOnChange): tests that start many
        // apps turn watching off so they don't run out of file watchers.
        var reload = builder.Configuration.GetValue("hostBuilder:reloadConfigOnChange", defaultValue: true);
        var tempBuilder = new ConfigurationBuilder()
            .AddJsonFile(rootFile, optional: false, reloadOnChange: reload)
            .AddJsonFile(Path.Combine(root, envFile), optional: true, reloadOnChange: reload);
        var index = sources.ToList().FindIndex(s => s is Microsoft.Extensions.Configuration.Json.JsonConfigurationSource);
        var insertAt = index < 0 ? 0 : index;
        foreach (var source in tempBuilder.Sources.Reverse())
        {
            sources.Insert(insertAt, source);
        }
    }

    /// <summary>Where the SQLite file and other local state go: <c>data/</c> beside the root config (git-ignored).</summary>
    public static string DataDirectory(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Alwrity:DataDirectory"];
        var root = configuration["Alwrity:RootDirectory"] ?? environment.ContentRootPath;
        var path = string.IsNullOrWhiteSpace(configured) ? Path.Combine(root, "data") : Path.GetFullPath(configured, root);
        Directory.CreateDirectory(path);
        return path;
    }
}
