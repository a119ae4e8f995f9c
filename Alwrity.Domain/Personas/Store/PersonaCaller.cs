namespace Alwrity.Domain.Personas.Store;

/// <summary>Who is asking. Everyone reads and changes their own personas; admins may also read anyone's.</summary>
public sealed record PersonaCaller(string UserId, bool IsAdmin = false);
