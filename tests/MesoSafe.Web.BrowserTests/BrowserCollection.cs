namespace MesoSafe.Web.BrowserTests;

/// <summary>One running app and one browser for all journeys (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<RunningApp>
{
    public const string Name = "browser";
}
