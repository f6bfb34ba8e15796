using MesoSafe.Testing.Databases;
using Xunit;

namespace MesoSafe.Web.Tests.Records;

/// <summary>Every persistence test runs on both databases.</summary>
public static class Providers
{
    public static TheoryData<string> Both => new(TestDatabase.Providers);
}
