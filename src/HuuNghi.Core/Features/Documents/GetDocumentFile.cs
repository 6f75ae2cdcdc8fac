using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>The original file of a document, byte for byte, for those who may read the document.</summary>
public sealed class GetDocumentFile(HuuNghiDbContext db)
{
    public sealed record File(string FileName, byte[] Content);

    public async Task<File> HandleAsync(int documentId, UnitScope scope, CancellationToken ct = default)
    {
        var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == documentId, ct);
        if (d?.FileId is null) throw new NotFoundException(new Localized("Văn bản này không có tệp gốc.", "This document has no original file."));
        if (!scope.CanRead(d)) throw new ForbiddenException();
        var file = await db.DocumentFiles.Where(f => f.Id == d.FileId).Select(f => new File(f.FileName, f.Content)).SingleAsync(ct);
        // Names stored before uploads were cleaned may still hold ".." or control characters.
        return file with { FileName = FileNames.Clean(file.FileName) };
    }
}
