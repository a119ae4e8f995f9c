using Alwrity.Domain.Accounts;
using Alwrity.Domain.Admin;
using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>
/// The one model of Alwrity's data. Each database provider has a thin subclass with its own migrations
/// (<see cref="SqliteAlwrityDbContext"/>, <see cref="PostgresAlwrityDbContext"/>); code depends on this type.
/// </summary>
public abstract class AlwrityDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<WritingPersona> WritingPersonas => Set<WritingPersona>();
    public DbSet<PersonaVersion> PersonaVersions => Set<PersonaVersion>();
    public DbSet<PlatformPersona> PlatformPersonas => Set<PlatformPersona>();
    public DbSet<PersonaAnalysisResult> PersonaAnalysisResults => Set<PersonaAnalysisResult>();
    public DbSet<PersonaValidationResult> PersonaValidationResults => Set<PersonaValidationResult>();
    public DbSet<GenerationJob> GenerationJobs => Set<GenerationJob>();
    public DbSet<WritingSample> WritingSamples => Set<WritingSample>();
    public DbSet<OnboardingDraft> OnboardingDrafts => Set<OnboardingDraft>();
    public DbSet<UserApiKey> UserApiKeys => Set<UserApiKey>();
    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <summary>The column type for JSON documents: "jsonb" on PostgreSQL, plain text elsewhere.</summary>
    protected virtual string? JsonColumnType => null;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyPersonaModel(JsonColumnType);
        builder.ApplySupportModel(JsonColumnType);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyStamps();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyStamps();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<IHasConcurrencyStamp>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
