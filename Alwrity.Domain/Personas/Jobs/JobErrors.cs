using Alwrity.Domain.Errors;

namespace Alwrity.Domain.Personas.Jobs;

/// <summary>Turns a pipeline failure into a sentence the user can act on; internals stay in the log.</summary>
internal static class JobErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        InputValidationException v => v.Message,
        NotFoundException n => n.Message,
        ConflictException c => c.Message,
        TimeoutException => "The generation took too long and was stopped. Try again; with the local engine it always finishes.",
        _ => "Something went wrong while generating your persona. The error was logged; try again.",
    };
}
