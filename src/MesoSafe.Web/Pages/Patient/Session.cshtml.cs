using MesoSafe.Knowledge;
using MesoSafe.Records.Aftercare;
using MesoSafe.Records.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Patient;

/// <summary>One of my sessions with its aftercare and check-ins. Another patient's session is a 404.</summary>
public sealed class SessionModel(MyRecord mine, KnowledgeBase knowledge) : PageModel
{
    public TreatmentSession Session { get; private set; } = null!;

    public IReadOnlyList<CheckIn> CheckIns { get; private set; } = [];

    public IReadOnlyList<string> Aftercare { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var record = await mine.LoadAsync(ct);
        var session = record?.Sessions.FirstOrDefault(s => s.Id == id);
        if (record is null || session is null)
        {
            return NotFound();
        }

        Session = session;
        CheckIns = [.. record.CheckIns.Where(c => c.SessionId == id).OrderBy(c => c.DueOn)];
        Aftercare = [.. knowledge.Advice.Where(a => a.AppliesTo == "aftercare").Select(a => a.Text)];
        return Page();
    }
}
