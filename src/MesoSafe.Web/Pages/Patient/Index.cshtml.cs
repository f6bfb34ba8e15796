using MesoSafe.Knowledge;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Patients;
using MesoSafe.Records.Plans;
using MesoSafe.Records.Sessions;
using MesoSafe.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>The patient's home: my plan, what to expect and what to do before each session, aftercare
/// for my last session, my check-ins due.</summary>
public sealed class IndexModel(MyRecord mine, TreatmentPlans plans, PageCaller caller, KnowledgeBase knowledge, TimeProvider clock) : PageModel
{
    public PatientRecord? Record { get; private set; }

    public TreatmentPlan? Plan { get; private set; }

    public ConsentForm? Consent { get; private set; }

    public TreatmentSession? LastSession { get; private set; }

    public IReadOnlyList<CheckIn> Due { get; private set; } = [];

    public IReadOnlyList<string> Aftercare { get; private set; } = [];

    /// <summary>What to do before a session (hydration, no strenuous exercise that day).</summary>
    public IReadOnlyList<string> BeforeSession { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Record = await mine.LoadAsync(ct);
        if (Record is null)
        {
            return Page();
        }

        Plan = Record.Plans.OrderByDescending(p => p.CreatedAt).FirstOrDefault();
        if (Plan is not null)
        {
            Consent = await plans.ConsentFormAsync(await caller.ScopeAsync(ct), Plan.Id, ct);
        }

        LastSession = Record.Sessions.Where(s => s.Date <= Today).OrderByDescending(s => s.Date).FirstOrDefault();
        Due = [.. Record.CheckIns.Where(c => c.SubmittedAt is null && c.DueOn <= Today.AddDays(3)).OrderByDescending(c => c.DueOn).Take(3)];
        Aftercare = [.. knowledge.Advice.Where(a => a.AppliesTo == "aftercare").Select(a => a.Text)];
        BeforeSession = [.. knowledge.Advice.Where(a => a.AppliesTo == "before-session").Select(a => a.Text)];
        return Page();
    }
}
