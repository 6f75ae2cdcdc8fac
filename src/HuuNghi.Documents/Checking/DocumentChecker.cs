using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Checking;

/// <summary>
/// Cross-document consistency checks over everything parsed together: one document given different dates,
/// a reference whose year disagrees with its date, the same number and issuer written two ways, and
/// misspellings of the field's fixed phrases. Files that could not be read are skipped.
/// </summary>
public static class DocumentChecker
{
    /// <summary>All findings, grouped by check, in file order within each check.</summary>
    public static List<Finding> Check(IReadOnlyList<ParsedFile> files)
    {
        var docs = DocumentPlaces.From(files);
        return
        [
            .. CitationDateCheck.Run(docs),
            .. ReferenceYearCheck.Run(docs),
            .. ReferenceVariantCheck.Run(docs),
            .. SpellingCheck.Run(docs),
        ];
    }
}

/// <summary>A parsed document with a human-readable label of where it is ("002_x.txt: 457/LĐLĐ").</summary>
internal sealed record DocumentPlace(ParsedDocument Document, string Label)
{
    public static string Format(string iso) =>
        iso.Split('-') is [var y, var m, var d] ? $"{d}/{m}/{y}" : iso;
}

internal static class DocumentPlaces
{
    public static List<DocumentPlace> From(IReadOnlyList<ParsedFile> files)
    {
        var places = new List<DocumentPlace>();
        foreach (var file in files)
        {
            if (!file.Succeeded) continue;
            for (var i = 0; i < file.Documents.Count; i++)
            {
                var doc = file.Documents[i];
                var label = doc.Reference is { Length: > 0 } r ? $"{file.File}: {r}" : $"{file.File}#{i + 1}";
                places.Add(new DocumentPlace(doc, label));
            }
        }
        return places;
    }
}
