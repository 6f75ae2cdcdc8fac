using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Runs the readers over one document's lines in the order their dependencies need: stamps out first,
/// then header and title, addressees, distribution and signer, and the body's citations, deadlines, tasks.
/// </summary>
internal static class DocumentAssembler
{
    public static ParsedDocument Assemble(List<string> lines) => Assemble(lines, out _);

    /// <summary>As <see cref="Assemble(List{string})"/>, also giving the issuer lines of the header (the linter checks them).</summary>
    public static ParsedDocument Assemble(List<string> lines, out IReadOnlyList<string> issuerLines)
    {
        var doc = new ParsedDocument();
        doc.Signatures = SignatureStampReader.ReadAndRemove(lines, 0, lines.Count);
        doc.Receipt = ReceiptStampReader.ReadAndRemove(lines, 0, lines.Count);
        var header = HeaderReader.Read(lines, doc);
        issuerLines = header.IssuerLines;

        var (addressees, addresseesAt, addresseesEnd) = AddresseesReader.Read(lines, header.BodyStart, Math.Min(lines.Count, header.BodyStart + 12));
        doc.Addressees = addressees;
        var bodyStart = addresseesAt >= 0 ? addresseesEnd : header.BodyStart;

        var (distribution, distributionAt, _) = DistributionReader.Read(lines, bodyStart, lines.Count);
        doc.Distribution = distribution;
        var signer = SignerReader.Read(lines, bodyStart, lines.Count);
        doc.Signer = signer?.Signer;

        var bodyEnd = lines.Count;
        if (distributionAt >= 0) bodyEnd = Math.Min(bodyEnd, distributionAt);
        if (signer is { Start: var s } && s >= bodyStart) bodyEnd = Math.Min(bodyEnd, s);
        var blocks = BlockBuilder.Build(lines, bodyStart, Math.Max(bodyStart, bodyEnd));
        // What follows the signature is an attachment (the programme a decision issues): more body.
        if (signer is { End: var after } && after > bodyEnd && after < lines.Count)
            blocks.AddRange(BlockBuilder.Build(lines, after, lines.Count));

        // An attachment's "(Ban hành kèm theo Quyết định số …)" names the document of its own bundle, which
        // it does not cite.
        var body = blocks.Where(b => !TitleReader.IsAttachmentLine(b));
        var cited = doc.Title is null ? body : [doc.Title, .. body];
        doc.Citations = CitationReader.Read(cited, doc.Reference);
        doc.Deadlines = DeadlineReader.Read(blocks);
        doc.Tasks = TaskReader.Read(blocks, doc);
        doc.Issuer = IssuerReader.Read(header.IssuerLines, doc.Signer, blocks, doc.Signatures);
        doc.Warnings = ParseWarnings.For(doc, header.KindFromSymbol, IssuerReader.FromHeader(header.IssuerLines) is not null);
        return doc;
    }
}
