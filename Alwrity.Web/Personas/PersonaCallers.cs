using System.Security.Claims;
using Alwrity.Domain.Accounts;
using Alwrity.Domain.Personas.Store;
using Alwrity.Web.Accounts;

namespace Alwrity.Web.Personas;

/// <summary>The signed-in user as the persona store sees them.</summary>
public static class PersonaCallers
{
    public static PersonaCaller ToPersonaCaller(this ClaimsPrincipal user) =>
        new(user.RequireUserId(), user.GetRoles().Contains(Roles.Admin, StringComparer.Ordinal));
}
