using Alwrity.Domain.Onboarding;
using Alwrity.Domain.Personas.Model;

namespace Alwrity.Domain.Personas.Generation.Local;

/// <summary>Tone from measured sentiment (VADER) and formality (Heylighen–Dewaele), plus the user's words to avoid.</summary>
internal static class ToneRules
{
    public static string DefaultTone(VoiceMeasurements m)
    {
        var warmth = m.SentimentMean switch { > 0.45 => "upbeat", > 0.15 => "warm", > -0.05 => "even", _ => "serious" };
        var register = m.Formality switch { > 62 => "formal", > 52 => "professional", > 44 => "conversational", _ => "casual" };
        return $"{warmth} and {register}";
    }

    public static TonalRange Derive(VoiceMeasurements m, ProfileAnswers profile)
    {
        var permissible = new List<string>();
        var forbidden = new List<string>();
        if (m.Formality > 55)
        {
            permissible.AddRange(["authoritative", "considered", "instructive"]);
            forbidden.AddRange(["slangy", "flippant"]);
        }
        else
        {
            permissible.AddRange(["conversational", "candid", "friendly"]);
            forbidden.AddRange(["stiff corporate", "bureaucratic"]);
        }

        if (m.SentimentMean > 0.15)
        {
            permissible.Add("encouraging");
            forbidden.Add("cynical");
        }
        else if (m.SentimentMean < -0.05)
        {
            permissible.Add("critical");
            forbidden.Add("gushing");
        }
        else
        {
            permissible.Add("matter-of-fact");
        }

        if (m.ExclamationsPer1000 < 1)
        {
            forbidden.Add("hype and hard-sell");
        }
        else
        {
            permissible.Add("enthusiastic");
        }

        if (m.QuestionShare > 0.08)
        {
            permissible.Add("inquisitive");
        }

        return new TonalRange
        {
            DefaultTone = DefaultTone(m),
            PermissibleTones = permissible.Distinct().ToList(),
            ForbiddenTones = forbidden.Distinct().ToList(),
            EmotionalRange = EmotionalRange(m),
            SentimentMean = Math.Round(m.SentimentMean, 3),
            SentimentSpread = Math.Round(m.SentimentSpread, 3),
            Formality = Math.Round(m.Formality, 1),
        };
    }

    private static string EmotionalRange(VoiceMeasurements m) => m.SentimentSpread switch
    {
        < 0.25 => $"narrow: the tone stays steady from sentence to sentence (spread {m.SentimentSpread:0.00})",
        < 0.42 => $"moderate: mostly steady with some highs and lows (spread {m.SentimentSpread:0.00})",
        _ => $"wide: swings between strong positive and negative moments (spread {m.SentimentSpread:0.00})",
    };
}
