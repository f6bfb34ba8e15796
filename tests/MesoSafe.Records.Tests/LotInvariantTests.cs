using MesoSafe.Records.Catalog;
using MesoSafe.Records.Outcomes;
using MesoSafe.Records.Sessions;
using Xunit;

namespace MesoSafe.Records.Tests;

/// <summary>A lot is recalled once, with a reason; a session is charted only from lots checked
/// usable on its date.</summary>
public sealed class LotInvariantTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Officer = Guid.NewGuid();

    private static Lot NewLot(DateOnly? expiry = null) =>
        new() { ProductId = Guid.NewGuid(), LotNumber = "L-1", Expiry = expiry ?? Today.AddMonths(6) };

    [Fact]
    public void A_first_recall_keeps_its_time_and_trimmed_reason()
    {
        var lot = NewLot();

        Assert.Null(lot.Recall("  sterility failure ", Now, Officer));

        Assert.True(lot.Recalled);
        Assert.Equal(Now, lot.RecalledAt);
        Assert.Equal("sterility failure", lot.RecallReason);
        Assert.Equal(Officer, lot.RecalledBy);
    }

    [Fact]
    public void A_second_recall_is_refused_and_changes_nothing()
    {
        var lot = NewLot();
        lot.Recall("sterility failure", Now, Officer);

        var refusal = lot.Recall("another reason", Now.AddDays(1), Guid.NewGuid());

        Assert.Equal((ProblemKind.Conflict, "lot-already-recalled", "id"), (refusal!.Kind, refusal.Code, refusal.Field));
        Assert.Equal(Now, lot.RecalledAt);
        Assert.Equal("sterility failure", lot.RecallReason);
        Assert.Equal(Officer, lot.RecalledBy);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("TOO-LONG", "too-long")]
    public void A_recall_without_a_usable_reason_is_refused(string? reason, string code)
    {
        var lot = NewLot();
        if (reason == "TOO-LONG")
        {
            reason = new string('x', Lot.MaxRecallReasonLength + 1);
        }

        var refusal = lot.Recall(reason, Now, Officer);

        Assert.Equal((ProblemKind.Invalid, code, "reason"), (refusal!.Kind, refusal.Code, refusal.Field));
        Assert.False(lot.Recalled);
        Assert.Null(lot.RecalledAt);
        Assert.Null(lot.RecalledBy);
    }

    [Fact]
    public void A_recalled_lot_cannot_be_checked_for_a_session()
    {
        var lot = NewLot();
        lot.Recall("contamination", Now, Officer);

        var check = lot.CheckFor(Today, "products[0].lotId");

        Assert.False(check.Succeeded);
        Assert.Equal([("lot-recalled", "products[0].lotId")], check.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public void An_expired_lot_cannot_be_checked_for_a_session_but_is_usable_on_its_expiry_day()
    {
        var lot = NewLot(expiry: Today);

        var onExpiry = lot.CheckFor(Today, "products[0].lotId");
        var after = lot.CheckFor(Today.AddDays(1), "products[0].lotId");

        Assert.True(onExpiry.Succeeded);
        Assert.Equal([("lot-expired", "products[0].lotId")], after.Problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public void A_session_is_charted_from_checked_lots_with_their_products()
    {
        var lot = NewLot();
        var checkedLot = lot.CheckFor(Today, "products[0].lotId").Value!;

        var session = TreatmentSession.Chart(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Today, Guid.NewGuid(), "microinjection", [(checkedLot, 2.0)], Now);

        var product = Assert.Single(session.Products);
        Assert.Equal((lot.Id, lot.ProductId, 2.0, session.Id), (product.LotId, product.ProductId, product.VolumeMl, product.SessionId));
        Assert.Equal(Today, session.Date);
    }

    [Fact]
    public void A_session_cannot_be_charted_from_a_lot_checked_for_another_date_or_from_no_lot()
    {
        var checkedYesterday = NewLot().CheckFor(Today.AddDays(-1), "products[0].lotId").Value!;

        Assert.Throws<ArgumentException>(() => TreatmentSession.Chart(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Today, Guid.NewGuid(), "microinjection", [(checkedYesterday, 2.0)], Now));
        Assert.Throws<ArgumentException>(() => TreatmentSession.Chart(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Today, Guid.NewGuid(), "microinjection", [], Now));
    }
}
