using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>Hands out the configured provider's context as the common <see cref="AlwrityDbContext"/>.</summary>
internal sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<AlwrityDbContext>
    where TContext : AlwrityDbContext
{
    public AlwrityDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<AlwrityDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
