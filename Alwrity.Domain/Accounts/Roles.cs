namespace Alwrity.Domain.Accounts;

/// <summary>The two roles Alwrity knows. New users are marketers.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Marketer = "Marketer";

    public static readonly IReadOnlyList<string> All = [Admin, Marketer];
}
