using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MesoSafe.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityChecks(RunningApp app)
{
    private const string UnlabelledFields = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label'))
            .map(e => e.name || e.id)
        """;

    [Theory]
    [InlineData("practitioner@demo.mesosafe.test", "/Practitioner/Intake")]
    [InlineData("practitioner@demo.mesosafe.test", "/Practitioner/Patients")]
    [InlineData("patient@demo.mesosafe.test", "/Patient/CheckIn")]
    [InlineData("officer@demo.mesosafe.test", "/Safety/Events")]
    [InlineData("officer@demo.mesosafe.test", "/Safety/Lots")]
    [InlineData("officer@demo.mesosafe.test", "/Safety/Signals")]
    [InlineData("admin@demo.mesosafe.test", "/Admin")]
    [InlineData("admin@demo.mesosafe.test", "/Admin/Products")]
    [InlineData("practitioner@demo.mesosafe.test", "/Practitioner")]
    public async Task Every_field_has_a_label(string email, string path)
    {
        var page = await app.SignedInAsync(email);
        await page.GotoAsync(path);
        var unlabelled = await page.EvaluateAsync<string[]>(UnlabelledFields);
        Assert.Empty(unlabelled);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_works_with_the_keyboard_alone_and_focus_is_visible()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByText("Skip to content")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var signIn = page.Locator(".site-header").GetByRole(AriaRole.Link, new() { Name = "Sign in" });
        await Expect(signIn).ToBeFocusedAsync();
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("patient2@demo.mesosafe.test");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(RunningApp.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hello, Jonas" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
