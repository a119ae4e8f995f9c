using System.Reflection;
using Alwrity.Benchmarks;

// Usage: dotnet run -c Release --project Alwrity.Benchmarks -- <command> [options]
// Every ICommand in this assembly is a command; run with no arguments to list them.
var commands = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
    .Select(t => (ICommand)Activator.CreateInstance(t)!)
    .OrderBy(c => c.Name, StringComparer.Ordinal)
    .ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.WriteLine("Commands:");
    foreach (var c in commands.Values)
    {
        Console.WriteLine($"  {c.Name,-16} {c.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

using var cts = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };
return await command.RunAsync(args[1..], cts.Token);
