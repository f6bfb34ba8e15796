using MesoSafe.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>Issue 20: the name of the field in a 400 comes from the framework's message by a plain scan.
/// The regular expression it replaces had a 100 ms time-out; under load the time-out threw inside the
/// exception handler, which then re-threw the original exception and its stack reached the client.
/// The scan cannot throw, whatever the message, and the handler answers every such message.</summary>
public sealed class BadRequestParameterNameTests
{
    public static readonly TheoryData<string, string?> Messages = new()
    {
        { "Failed to bind parameter \"Guid? patientId\" from \"abc\".", "patientId" },
        { "Failed to bind parameter \"int page\" from \"99999999999\".", "page" },
        { "Required parameter \"string name\" was not provided from query string.", "name" },
        { "Failed to bind parameter \"Nullable<DateOnly> from\" from \"yesterday\".", "from" },
        { "Failed to bind parameter \"_x1\" from \"\".", "_x1" },
        { "Implicit body inferred for parameter \"PlanInput input\" but no body was provided.", "input" },
        { "Failed to bind parameter \"Guid 1id\" from \"x\".", null },
        { "Failed to bind parameter \"Guid id-x\" from \"x\".", null },
        { "Failed to bind parameter \"\" from \"x\".", null },
        { "Failed to bind parameter \"Guid id", null },
        { "parameter \"", null },
        { "Reading the request body timed out due to data arriving too slowly.", null },
        { "", null },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void The_parameter_name_is_the_last_word_between_the_quotes_when_it_is_an_identifier(string message, string? expected) =>
        Assert.Equal(expected, BadRequestExceptionHandler.ParameterName(message));

    [Fact]
    public void A_message_of_a_megabyte_of_quotes_and_spaces_is_scanned_without_an_exception()
    {
        var message = "Failed to bind parameter \"" + string.Concat(Enumerable.Repeat("a \t", 250_000)) + "Guid id\" from \"" + new string('"', 1_000_000) + "\".";
        Assert.Equal("id", BadRequestExceptionHandler.ParameterName(message));
        Assert.Null(BadRequestExceptionHandler.ParameterName(new string('"', 1_000_000)));
    }

    [Theory]
    [InlineData("Failed to bind parameter \"Guid? patientId\" from \"abc\".", "patientId")]
    [InlineData("Failed to bind parameter \"Guid id-x\" from \"x\".", "body")]
    [InlineData("Implicit body inferred for parameter \"PlanInput input\" but no body was provided.", "body")]
    public async Task The_handler_answers_a_problem_naming_the_field(string message, string field)
    {
        var context = new DefaultHttpContext { RequestServices = Services() };
        context.Response.Body = new MemoryStream();

        var handled = await new BadRequestExceptionHandler().TryHandleAsync(context, new BadHttpRequestException(message), TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"\"field\":\"{field}\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("BadHttpRequestException", body, StringComparison.Ordinal);
    }

    private static IServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddProblemDetails();
        return services.BuildServiceProvider();
    }
}
