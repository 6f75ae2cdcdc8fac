using System.Security.Cryptography;
using HuuNghi.Core.Data;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Reading;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// Reads a file as <see cref="ImportDocuments"/> would, without storing it: the upload page shows these fields
/// and the parser's warnings for the officer to confirm or correct first. A file stored before says so instead.
/// </summary>
public sealed class PreviewDocuments(HuuNghiDbContext db)
{
    public sealed record Result(string Sha256, IReadOnlyList<ImportDocuments.Imported> AlreadyStored, IReadOnlyList<ParsedDocument> Documents);

    public async Task<Result> HandleAsync(string fileName, byte[] content, long maxBytes = ReadOptions.DefaultMaxBytes, CancellationToken ct = default)
    {
        var sha = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        var stored = await db.Documents.Where(d => d.FileId != null && db.DocumentFiles.Any(f => f.Id == d.FileId && f.Sha256 == sha))
            .OrderBy(d => d.FileIndex).Select(d => new ImportDocuments.Imported(d.Id, d.Reference, d.Kind, null)).ToListAsync(ct);
        if (stored.Count > 0) return new Result(sha, stored, []);
        return new Result(sha, [], Parse(fileName, content, maxBytes));
    }

    /// <summary>Only the reading, for a file already known not to be stored (a held upload shown again).</summary>
    public IReadOnlyList<ParsedDocument> Parse(string fileName, byte[] content, long maxBytes = ReadOptions.DefaultMaxBytes) =>
        ImportDocuments.ReadAndParse(fileName, content, maxBytes).Documents;
}
