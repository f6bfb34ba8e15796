namespace MesoSafe.Web.ClientTests;

/// <summary>The one Kiota command line, shared by scripts/openapi-client and the stale-client test.
/// Keep the two in step: scripts/openapi-client passes the same options.</summary>
internal static class OpenApiClient
{
    public static string KiotaArguments(string document, string output) =>
        $"kiota generate -l CSharp -c MesoSafeClient -n MesoSafe.Web.ClientTests.Generated --exclude-backward-compatible --clean-output -d \"{document}\" -o \"{output}\"";
}
