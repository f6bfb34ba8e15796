using MesoSafe.Web.Pages.Admin;
using Xunit;

namespace MesoSafe.Web.Tests.Readings;

public sealed class ClinicTelephoneTests
{
    [Theory]
    [InlineData("+44 20 7946 0123", true)]
    [InlineData("(030) 901-820.12", true)]
    [InlineData("12345", true)]
    [InlineData("1234", false)]
    [InlineData("call me", false)]
    [InlineData("44 + 20 7946", false)]
    [InlineData("+123456789012345678901", false)]
    public void A_clinic_telephone_is_digits_with_the_usual_separators(string number, bool valid) =>
        Assert.Equal(valid, ClinicTelephone.IsValid(number));
}
