using Alwrity.Domain.Accounts;
using Alwrity.Domain.Admin;
using Alwrity.Domain.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>Tables around the personas: samples, onboarding drafts, user keys, audit log, generated secrets.</summary>
internal static class SupportModel
{
    public static void ApplySupportModel(this ModelBuilder builder, string? jsonType)
    {
        builder.Entity<ApplicationUser>(e => e.Property(u => u.ThemePreference).HasMaxLength(10));

        builder.Entity<WritingSample>(e =>
        {
            e.ToTable("writing_samples");
            e.Property(s => s.UserId).HasMaxLength(450);
            e.Property(s => s.Kind).HasMaxLength(20);
            e.Property(s => s.SourceKey).HasMaxLength(64);
            e.Property(s => s.Title).HasMaxLength(300);
            e.Property(s => s.Source).HasMaxLength(2048);
            e.HasIndex(s => new { s.UserId, s.PersonaId });
            e.HasIndex(s => s.JobId);
        });

        builder.Entity<OnboardingDraft>(e =>
        {
            e.ToTable("onboarding_drafts");
            e.HasKey(d => d.UserId);
            e.Property(d => d.UserId).HasMaxLength(450);
            e.Property(d => d.DataJson).HasColumnType(jsonType);
            e.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        });

        builder.Entity<UserApiKey>(e =>
        {
            e.ToTable("user_api_keys");
            e.Property(k => k.UserId).HasMaxLength(450);
            e.Property(k => k.Provider).HasMaxLength(40);
            e.Property(k => k.Hint).HasMaxLength(10);
            e.HasIndex(k => new { k.UserId, k.Provider }).IsUnique();
        });

        builder.Entity<AuditLogEntry>(e =>
        {
            e.ToTable("audit_log");
            e.Property(a => a.UserId).HasMaxLength(450);
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.EntityType).HasMaxLength(100);
            e.Property(a => a.EntityId).HasMaxLength(100);
            e.HasIndex(a => new { a.UserId, a.CreatedUtc });
            e.HasIndex(a => new { a.EntityType, a.EntityId });
        });

        builder.Entity<SigningKey>(e =>
        {
            e.ToTable("signing_keys");
            e.HasKey(k => k.Purpose);
            e.Property(k => k.Purpose).HasMaxLength(100);
        });
    }
}
