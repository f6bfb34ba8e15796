using MesoSafe.Knowledge;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MesoSafe.Web.Pages.Admin;

/// <summary>The knowledge base in use: version, vocabulary entries and rules, each with its sources.</summary>
public sealed class KnowledgeModel(KnowledgeBase knowledge) : PageModel
{
    public KnowledgeBase Knowledge { get; } = knowledge;

    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true)]
    public EntryKind? Kind { get; set; }

    public IEnumerable<KnowledgeEntry> Entries => Knowledge.Entries.Where(e => Kind is null || e.Kind == Kind);

    public void OnGet()
    {
    }
}
