namespace Alwrity.Benchmarks;

/// <summary>
/// One thing this program can do, picked by its <see cref="Name"/> on the command line:
/// a benchmark that prints figures, or a builder that regenerates a committed data file.
/// </summary>
internal interface ICommand
{
    string Name { get; }
    string Description { get; }
    Task<int> RunAsync(string[] args, CancellationToken cancellationToken);
}
