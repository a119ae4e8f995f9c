using Alwrity.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Alwrity.Web.Accounts;

/// <summary>No mail server is configured: account e-mails are written to the log, and reset links kept for display in development.</summary>
internal sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger, PasswordResetLinks links) : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink)
    {
        logger.LogInformation("Confirmation link for {Email}: {Link}", email, confirmationLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink)
    {
        logger.LogInformation("Password reset link for {Email}: {Link}", email, resetLink);
        links.Remember(email, resetLink);
        return Task.CompletedTask;
    }

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode)
    {
        logger.LogInformation("Password reset code for {Email} issued", email);
        return Task.CompletedTask;
    }
}
