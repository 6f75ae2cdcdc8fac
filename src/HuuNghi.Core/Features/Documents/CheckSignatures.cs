using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Signatures;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// The digital signatures of a stored document's original PDF, checked against its bytes now (a stored file
/// never changes, but the trusted roots may), for those who may read the document.
/// </summary>
public sealed class CheckSignatures(HuuNghiDbContext db, TrustedRoots roots)
{
    public async Task<IReadOnlyList<PdfSignature>> HandleAsync(int documentId, UnitScope scope, CancellationToken ct = default)
    {
        var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == documentId, ct)
            ?? throw new NotFoundException(new Localized($"Không có văn bản mã {documentId}.", $"There is no document with id {documentId}."));
        if (!scope.CanRead(d)) throw new ForbiddenException();
        if (d.FileId is null) return [];
        var content = await db.DocumentFiles.Where(f => f.Id == d.FileId).Select(f => f.Content).SingleAsync(ct);
        return PdfSignatureVerifier.Verify(content, roots.Certificates); // [] for anything but a signed PDF
    }
}
