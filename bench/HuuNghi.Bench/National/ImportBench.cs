using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.National;

/// <summary>
/// Importing generated documents (parse, store, link citations) through the app's <see cref="ImportDocuments"/>, one
/// file at a time as the CLI and the upload page do, against a floor: the same files read and parsed by the same
/// engine and their rows (file, document, citations, placeholders for what is not stored) written by hand-written
/// SQL, one transaction per file. Each run writes under its own reference symbols and removes its rows afterwards,
/// so a loaded database can be measured again.
/// </summary>
public static class ImportBench
{
    public const string Name = "import 10,000 documents (ImportDocuments)";

    /// <summary>What one side stored: documents with a file, placeholders and citations (the two must agree).</summary>
    public sealed record Stored(int Documents, int Placeholders, int Citations);

    public sealed record Outcome(double AppSeconds, double FloorSeconds, int Files, Stored App, Stored Floor);

    public static async Task<Figure> RunAsync(IServiceProvider provider, int count, int seed, TextWriter log)
    {
        var o = await MeasureAsync(provider, count, seed, log);
        var same = o.App == o.Floor;
        return new Figure(count == 10_000 ? Name : $"import {count:N0} documents (ImportDocuments)", o.AppSeconds * 1000, o.FloorSeconds * 1000,
            $"{(same ? "same rows" : "ROWS DIFFER")}; {o.Files / o.AppSeconds:0} docs/s vs {o.Files / o.FloorSeconds:0} docs/s; {o.App.Documents:N0} documents, " +
            $"{o.App.Placeholders:N0} placeholders, {o.App.Citations:N0} citations; floor: same parse, hand-written INSERTs, a transaction per file, no audit rows");
    }

    /// <summary>Writes the files to a temp folder, imports them both ways, counts what each stored, then removes both.</summary>
    public static async Task<Outcome> MeasureAsync(IServiceProvider provider, int count, int seed, TextWriter log, bool cleanUp = true)
    {
        var run = Tag(seed);
        var folder = Directory.CreateTempSubdirectory("huunghi-import-");
        try
        {
            var (appTag, floorTag) = ("I" + run, "F" + run);
            var appFiles = Write(folder.FullName, appTag, count, seed);
            var floorFiles = Write(folder.FullName, floorTag, count, seed);
            log.WriteLine($"  import: {count:N0} generated files in {folder.FullName}");

            var watch = Stopwatch.StartNew();
            foreach (var path in appFiles)
            {
                await using var scope = provider.CreateAsyncScope();
                var import = scope.ServiceProvider.GetRequiredService<ImportDocuments>();
                await import.HandleAsync(new ImportDocuments.Command(Path.GetFileName(path), await File.ReadAllBytesAsync(path)), UnitScope.Everything);
            }
            var appSeconds = watch.Elapsed.TotalSeconds;
            log.WriteLine($"  import: app {appSeconds:0.0} s");

            watch.Restart();
            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>();
                foreach (var path in floorFiles) await FloorImportAsync(db, path);
            }
            var floorSeconds = watch.Elapsed.TotalSeconds;
            log.WriteLine($"  import: floor {floorSeconds:0.0} s");

            await using (var scope = provider.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>();
                var app = await CountAsync(db, appTag);
                var floor = await CountAsync(db, floorTag);
                if (cleanUp) { await RemoveAsync(db, appTag); await RemoveAsync(db, floorTag); }
                return new Outcome(appSeconds, floorSeconds, count, app, floor);
            }
        }
        finally { folder.Delete(recursive: true); }
    }

    /// <summary>
    /// A report per file, numbered 1..count under the run's symbols: it cites the previous one (stored, so linked) and,
    /// one in ten, a plan that is never stored (a placeholder). Words from the generator's vocabulary.
    /// </summary>
    public static List<string> Write(string folder, string tag, int count, int seed)
    {
        var rng = new Random(seed);
        string Sentence(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => Vocabulary.Words[rng.Next(Vocabulary.Words.Length)]));
        var files = new List<string>(count);
        var first = new DateOnly(2025, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            var province = Vocabulary.Syllables[rng.Next(Vocabulary.Syllables.Length)] + " " + Vocabulary.Syllables[rng.Next(Vocabulary.Syllables.Length)].ToLowerInvariant();
            var day = first.AddDays(i % 300);
            var text = new StringBuilder()
                .AppendLine("ỦY BAN NHÂN DÂN").AppendLine($"TỈNH {province.ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}").AppendLine()
                .AppendLine($"Số: {i}/BC-{tag}").AppendLine()
                .AppendLine($"{province}, ngày {day.Day:00} tháng {day.Month} năm {day.Year}").AppendLine()
                .AppendLine("BÁO CÁO").AppendLine()
                .AppendLine(char.ToUpperInvariant(Vocabulary.Words[rng.Next(Vocabulary.Words.Length)][0]) + Sentence(12)).AppendLine();
            var cites = new List<string>();
            if (i > 1) cites.Add($"Báo cáo số {i - 1}/BC-{tag} ngày {day.AddDays(-1):dd/MM/yyyy} của Ủy ban nhân dân tỉnh {province}");
            if (i % 10 == 0) cites.Add($"Kế hoạch số {i}/KH-{tag} ngày {first:dd/MM/yyyy} của Ủy ban nhân dân tỉnh {province}");
            if (cites.Count > 0) text.AppendLine($"Căn cứ {string.Join("; ", cites)};").AppendLine();
            for (var p = 0; p < 4; p++) text.AppendLine(char.ToUpperInvariant(Vocabulary.Words[rng.Next(Vocabulary.Words.Length)][0]) + Sentence(40) + ".").AppendLine();
            text.AppendLine("Nơi nhận:").AppendLine("- Ban Đối ngoại Trung ương;").AppendLine("- Lưu: VT.").AppendLine()
                .AppendLine("TM. ỦY BAN NHÂN DÂN").AppendLine("CHỦ TỊCH").AppendLine().AppendLine("Nguyễn Văn " + Vocabulary.Syllables[rng.Next(Vocabulary.Syllables.Length)]);
            var path = Path.Combine(folder, $"{tag}-{i:00000}.txt");
            File.WriteAllText(path, text.ToString());
            files.Add(path);
        }
        return files;
    }

    /// <summary>The floor for one file: the same reading and parsing, then the rows by hand-written SQL in one transaction.</summary>
    private static async Task FloorImportAsync(HuuNghiDbContext db, string path)
    {
        var content = await File.ReadAllBytesAsync(path);
        var sha = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        var read = DocumentReader.Read(content, path, new ReadOptions());
        var doc = DocumentParser.ParseText(read.Text!, path).Documents[0];
        var floors = new Floors(db);
        var now = DateTime.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync();
        var fileId = await floors.ScalarAsync("""
            INSERT INTO "DocumentFiles" ("FileName", "Sha256", "Size", "Content", "ImportedAt") VALUES (@name, @sha, @size, @content, @now) RETURNING "Id"
            """, ("name", Path.GetFileName(path)), ("sha", sha), ("size", content.LongLength), ("content", content), ("now", now));
        var key = ReferenceKey.Of(doc.Reference);
        var docId = await floors.ScalarAsync("""
            INSERT INTO "Documents" ("Kind", "Number", "Symbol", "Reference", "ReferenceKey", "IssuedOn", "IssuedYear", "Place", "Issuer", "Title",
              "SignerName", "SignerPosition", "ParsedJson", "SearchText", "IsPlaceholder", "FileId", "FileIndex", "RecordedAt", "Version")
            VALUES (@kind, @number, @symbol, @reference, @key, @issued, @year, @place, @issuer, @title, @signer, @position, @json, @search, @no, @file, 0, @now, 0)
            RETURNING "Id"
            """, ("kind", doc.Kind), ("number", (object?)doc.Number ?? DBNull.Value), ("symbol", (object?)doc.Symbol ?? DBNull.Value),
            ("reference", (object?)doc.Reference ?? DBNull.Value), ("key", (object?)key ?? DBNull.Value), ("issued", (object?)doc.IssuedOn ?? DBNull.Value),
            ("year", (object?)ReferenceKey.YearOf(doc.IssuedOn) ?? DBNull.Value), ("place", (object?)doc.Place ?? DBNull.Value), ("issuer", (object?)doc.Issuer ?? DBNull.Value),
            ("title", (object?)doc.Title ?? DBNull.Value), ("signer", (object?)doc.Signer?.Name ?? DBNull.Value), ("position", (object?)doc.Signer?.Position ?? DBNull.Value),
            ("search", VietnameseText.Fold(string.Join(" ", new[] { doc.Reference, doc.Title, doc.Issuer, doc.Place, doc.Signer?.Name, read.Text }.Where(s => !string.IsNullOrWhiteSpace(s))))),
            ("no", false), ("file", fileId), ("now", now), ("json", JsonSerializer.Serialize(doc, DocumentJson.Options)));
        var position = 0;
        foreach (var citation in doc.Citations)
        {
            var citedKey = ReferenceKey.Of(citation.Reference);
            if (citedKey is null) continue;
            var target = await floors.ScalarOrNullAsync("""SELECT "Id" FROM "Documents" WHERE "ReferenceKey" = @key ORDER BY "IsPlaceholder" LIMIT 1""", ("key", citedKey))
                ?? await floors.ScalarAsync("""
                    INSERT INTO "Documents" ("Kind", "Reference", "ReferenceKey", "IssuedOn", "IssuedYear", "Issuer", "SearchText", "IsPlaceholder", "RecordedAt", "Version")
                    VALUES (@kind, @reference, @key, @issued, @year, @issuer, @search, @yes, @now, 0) RETURNING "Id"
                    """, ("kind", citation.Kind), ("reference", citation.Reference), ("key", citedKey), ("issued", (object?)citation.IssuedOn ?? DBNull.Value),
                    ("year", (object?)ReferenceKey.YearOf(citation.IssuedOn) ?? DBNull.Value), ("issuer", (object?)citation.Issuer ?? DBNull.Value),
                    ("search", VietnameseText.Fold(citation.Reference + " " + citation.Issuer)), ("yes", true), ("now", now));
            await floors.ScalarAsync("""
                INSERT INTO "DocumentCitations" ("FromDocumentId", "ToDocumentId", "Position", "Reference", "StatedIssuedOn", "StatedIssuer")
                VALUES (@from, @to, @position, @reference, @issued, @issuer) RETURNING "Id"
                """, ("from", docId), ("to", target), ("position", position++), ("reference", citation.Reference),
                ("issued", (object?)citation.IssuedOn ?? DBNull.Value), ("issuer", (object?)citation.Issuer ?? DBNull.Value));
        }
        await tx.CommitAsync();
    }

    private static string Pattern(string tag) => $"%-{tag}";

    public static async Task<Stored> CountAsync(HuuNghiDbContext db, string tag)
    {
        var pattern = Pattern(tag);
        var docs = db.Documents.Where(d => EF.Functions.Like(d.Reference!, pattern));
        return new Stored(await docs.CountAsync(d => !d.IsPlaceholder && d.FileId != null), await docs.CountAsync(d => d.IsPlaceholder),
            await db.DocumentCitations.CountAsync(c => docs.Any(d => d.Id == c.FromDocumentId)));
    }

    private static async Task RemoveAsync(HuuNghiDbContext db, string tag)
    {
        var pattern = Pattern(tag);
        var docs = db.Documents.Where(d => EF.Functions.Like(d.Reference!, pattern));
        var files = await docs.Where(d => d.FileId != null).Select(d => d.FileId!.Value).ToListAsync();
        await db.DocumentCitations.Where(c => docs.Any(d => d.Id == c.FromDocumentId || d.Id == c.ToDocumentId)).ExecuteDeleteAsync();
        await docs.ExecuteDeleteAsync();
        foreach (var chunk in files.Chunk(1000)) await db.DocumentFiles.Where(f => chunk.Contains(f.Id)).ExecuteDeleteAsync();
    }

    /// <summary>Letters only, so the reference symbol reads as one (the parser wants letters after the number).</summary>
    private static string Tag(int seed)
    {
        var n = (uint)HashCode.Combine(seed, Environment.TickCount64, Random.Shared.Next());
        var s = new StringBuilder();
        for (var i = 0; i < 6; i++) { s.Append((char)('A' + n % 26)); n /= 26; }
        return s.ToString();
    }
}
