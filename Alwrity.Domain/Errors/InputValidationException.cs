namespace Alwrity.Domain.Errors;

/// <summary>Input a user can fix: each entry names the field and says what is wrong with it.</summary>
public sealed class InputValidationException : Exception
{
    public InputValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public InputValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value)))
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
