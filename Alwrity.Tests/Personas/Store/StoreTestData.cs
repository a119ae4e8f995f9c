using Alwrity.Domain.Accounts;
using Alwrity.Domain.Personas.Store;
using Alwrity.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Alwrity.Tests.Personas.Store;

/// <summary>A migrated database of one provider with the persona store's services over it.</summary>
internal sealed class StoreTestData : IAsyncDisposable
{
    private readonly MigratedDatabase data;
    private readonly ServiceProvider services;

    private StoreTestData(MigratedDatabase data)
    {
        this.data = data;
        services = new ServiceCollection().AddSingleton(data.Factory).AddPersonaStore().BuildServiceProvider();
    }

    public MigratedDatabase Data => data;
    public PersonaVersionWriter Writer => services.GetRequiredService<PersonaVersionWriter>();
    public PersonaReader Reader => services.GetRequiredService<PersonaReader>();
    public PersonaEditor Editor => services.GetRequiredService<PersonaEditor>();
    public PersonaExporter Exporter => services.GetRequiredService<PersonaExporter>();

    public static async Task<StoreTestData> CreateAsync(string provider) => new(await MigratedDatabase.CreateAsync(provider));

    public async Task<string> AddUserAsync(string email)
    {
        await using var db = await data.ContextAsync();
        var user = new ApplicationUser { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await data.DisposeAsync();
    }
}
