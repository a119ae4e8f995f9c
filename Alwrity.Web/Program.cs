using Alwrity.Domain;
using Alwrity.Web;
using Alwrity.Web.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.AddRootAppSettings();
builder.Logging.AddStructuredConsole(builder.Environment);

builder.Services.AddAlwrityDomain(builder.Configuration, RootConfiguration.DataDirectory(builder.Configuration, builder.Environment));
builder.Services.AddAlwrityWeb(builder.Configuration);

var app = builder.Build();
await app.PrepareAsync();
app.UseAlwrityWeb();
await app.RunAsync();

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
