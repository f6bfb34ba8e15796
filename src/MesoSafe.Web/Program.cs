using MesoSafe.Web.Features.ClinicalContract;
using MesoSafe.Web.Features.Health;
using MesoSafe.Web.Features.OpenApi;
using MesoSafe.Web.Features.Records;
using MesoSafe.Web.Features.Screening;
using MesoSafe.Web.Features.Triage;
using MesoSafe.Web.Hosting;
using MesoSafe.Web.Pages;

// "--seed-demo" is a bare flag; the command-line configuration would otherwise swallow the next
// argument ("--seed-demo --urls X") as its value.
args = [.. args.Select(a => a == "--seed-demo" ? "--seed-demo=true" : a)];
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddMesoSafeSecurity();
builder.AddErrorAnswers();
builder.Services.AddMesoSafeOpenApi();
builder.AddMesoSafeRecords();
builder.Services.AddClinicalCore();
builder.AddMesoSafePages();

var app = builder.Build();

app.UseMesoSafeSecurity();
app.UseErrorAnswers();
await app.UseMesoSafeRecordsAsync();

app.MapOpenApi().AllowAnonymous();
app.MapHealthApi();
app.MapScreeningApi();
app.MapTriageApi();
app.MapRecordsApi();
app.MapMesoSafePages();

app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
