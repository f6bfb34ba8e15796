using Microsoft.EntityFrameworkCore;

namespace MesoSafe.Records.Outcomes;

/// <summary>page is 1-based; pageSize 1..200 (default 50).</summary>
public readonly record struct Paging(int Page = 1, int PageSize = 50)
{
    public const int MaxPageSize = 200;

    public IReadOnlyList<RecordProblem> Validate()
    {
        var problems = new List<RecordProblem>();
        if (Page < 1)
        {
            problems.Add(RecordProblem.Invalid("page", RecordProblemCodes.PageOutOfRange, "page starts at 1."));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            problems.Add(RecordProblem.Invalid("pageSize", RecordProblemCodes.PageSizeOutOfRange, $"pageSize is between 1 and {MaxPageSize}."));
        }

        return problems;
    }

    public async Task<Page<T>> ApplyAsync<T>(IQueryable<T> ordered, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((Page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<T>(items, Page, PageSize, total);
    }
}
