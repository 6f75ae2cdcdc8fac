using HuuNghi.Documents.Checking.Lint;
using HuuNghi.Documents.Reading;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HuuNghi.Web.Api;

/// <summary>
/// <c>POST /api/documents/lint</c> (multipart <c>file</c>, several allowed): the <c>documents lint</c> findings,
/// nothing stored. Its own file so the documents API stays about stored documents.
/// </summary>
public static class DocumentsLintApi
{
    public sealed record FileFindings(string File, IReadOnlyList<LintFinding> Findings);

    public static void MapDocumentsLintApi(this RouteGroupBuilder api)
    {
        api.MapPost("/documents/lint", async Task<Results<Ok<IReadOnlyList<FileFindings>>, ProblemHttpResult>> (
            [FromForm] IFormFileCollection file, HuuNghiSettings settings, CancellationToken ct) =>
        {
            if (file.Count == 0) return TypedResults.Problem(Ui.T("Gửi tệp trong trường 'file'.", "Send the file in the 'file' field."), statusCode: 400);
            var results = new List<LintResult>();
            foreach (var f in file)
            {
                using var buffer = new MemoryStream();
                await f.CopyToAsync(buffer, ct);
                results.Add(DocumentLinter.Lint(buffer.ToArray(), HuuNghi.Core.Common.FileNames.Clean(f.FileName), new ReadOptions { MaxBytes = settings.MaxUploadBytes }));
            }
            var unreadable = results.Where(r => !r.Succeeded).Select(r => r.Error!.ToString()).ToList();
            if (unreadable.Count > 0) return TypedResults.Problem(string.Join(" | ", unreadable), statusCode: 400);
            return TypedResults.Ok<IReadOnlyList<FileFindings>>(results.Select(r => new FileFindings(r.File, r.Findings)).ToList());
        })
        .WithTags("Documents")
        .WithSummary("Format findings against Decree 30/2020 and Guidance 36 / Kiểm tra thể thức văn bản")
        .DisableAntiforgery()
        .LimitFileSize(api);
    }
}
