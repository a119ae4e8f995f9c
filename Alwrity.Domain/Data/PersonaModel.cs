using Alwrity.Domain.Personas;
using Microsoft.EntityFrameworkCore;

namespace Alwrity.Domain.Data;

/// <summary>Tables, keys and indexes of the persona feature (the seed's four tables plus versions and jobs).</summary>
internal static class PersonaModel
{
    public static void ApplyPersonaModel(this ModelBuilder builder, string? jsonType)
    {
        builder.Entity<WritingPersona>(e =>
        {
            e.ToTable("writing_personas");
            e.Property(p => p.UserId).HasMaxLength(450);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Archetype).HasMaxLength(200);
            e.Property(p => p.CorePersonaJson).HasColumnType(jsonType);
            e.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(p => new { p.UserId, p.UpdatedUtc });
            e.HasMany(p => p.Versions).WithOne(v => v.Persona).HasForeignKey(v => v.PersonaId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PersonaVersion>(e =>
        {
            e.ToTable("persona_versions");
            e.Property(v => v.Reason).HasMaxLength(40);
            e.Property(v => v.Summary).HasMaxLength(1000);
            e.Property(v => v.CorePersonaJson).HasColumnType(jsonType);
            e.Property(v => v.OverridesJson).HasColumnType(jsonType);
            e.Property(v => v.InputsJson).HasColumnType(jsonType);
            e.HasIndex(v => new { v.PersonaId, v.Number }).IsUnique();
            e.HasMany(v => v.PlatformPersonas).WithOne(p => p.Version).HasForeignKey(p => p.PersonaVersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(v => v.AnalysisResult).WithOne(a => a.Version).HasForeignKey<PersonaAnalysisResult>(a => a.PersonaVersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(v => v.ValidationResult).WithOne(a => a.Version).HasForeignKey<PersonaValidationResult>(a => a.PersonaVersionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PlatformPersona>(e =>
        {
            e.ToTable("platform_personas");
            e.Property(p => p.Platform).HasMaxLength(40);
            e.Property(p => p.DataJson).HasColumnType(jsonType);
            e.HasIndex(p => new { p.PersonaVersionId, p.Platform }).IsUnique();
            e.HasIndex(p => new { p.PersonaId, p.Platform });
        });

        builder.Entity<PersonaAnalysisResult>(e =>
        {
            e.ToTable("persona_analysis_results");
            e.Property(a => a.Provider).HasMaxLength(40);
            e.Property(a => a.Model).HasMaxLength(200);
            e.Property(a => a.PromptVersion).HasMaxLength(200);
            e.Property(a => a.PromptHash).HasMaxLength(100);
            e.Property(a => a.Outcome).HasMaxLength(40);
            e.Property(a => a.CallsJson).HasColumnType(jsonType);
            e.Property(a => a.InputsSummaryJson).HasColumnType(jsonType);
        });

        builder.Entity<PersonaValidationResult>(e =>
        {
            e.ToTable("persona_validation_results");
            e.Property(v => v.BreakdownJson).HasColumnType(jsonType);
            e.Property(v => v.RecommendationsJson).HasColumnType(jsonType);
        });

        builder.Entity<GenerationJob>(e =>
        {
            e.ToTable("generation_jobs");
            e.Property(j => j.UserId).HasMaxLength(450);
            e.Property(j => j.Status).HasMaxLength(20);
            e.Property(j => j.Stage).HasMaxLength(60);
            e.Property(j => j.LeaseOwner).HasMaxLength(200);
            e.Property(j => j.RequestJson).HasColumnType(jsonType);
            e.Property(j => j.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(j => new { j.UserId, j.CreatedUtc });
            e.HasIndex(j => new { j.Status, j.LeaseExpiresUtc });
            // At most one active generation per user, enforced by the database itself.
            e.HasIndex(j => j.UserId).IsUnique()
                .HasFilter("\"Status\" IN ('queued', 'running')")
                .HasDatabaseName("IX_generation_jobs_one_active_per_user");
        });
    }
}
