using System.Diagnostics;
using System.Text;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Reading;

/// <summary>Random and mutated input never makes the reader or parser throw. Fixed seeds: failures replay.</summary>
public class FuzzTests
{
    private const int Iterations = 2500;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);
    private static readonly string[] Extensions = [".txt", ".md", ".docx", ".pdf", ".bin", ""];

    [Fact]
    public void Should_never_throw_on_random_bytes()
    {
        var random = new Random(20260331);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations && watch.Elapsed < Budget; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            if (i % 5 == 0 && bytes.Length > 8) "%PDF-1.4"u8.CopyTo(bytes);
            if (i % 7 == 0 && bytes.Length > 4) "PK\x03\x04"u8.CopyTo(bytes);
            var file = DocumentParser.ParseBytes(bytes, "fuzz" + Extensions[i % Extensions.Length]);
            Assert.NotEqual(ReadErrorKind.ParseFailure, file.Error?.Kind);
        }
    }

    [Fact]
    public void Should_never_throw_on_mutated_seeds()
    {
        var random = new Random(83);
        var seeds = SharedFiles.Seeds.Select(File.ReadAllBytes).ToList();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations && watch.Elapsed < Budget; i++)
        {
            var bytes = Mutate(seeds[i % seeds.Count], random);
            Assert.NotEqual(ReadErrorKind.ParseFailure, DocumentParser.ParseBytes(bytes, "mutated.txt").Error?.Kind);
            Assert.True(DocumentParser.ParseText(Encoding.UTF8.GetString(bytes), "mutated.txt").Succeeded);
        }
    }

    [Fact]
    public void Should_never_throw_on_shuffled_seed_lines()
    {
        var random = new Random(12);
        var lines = SharedFiles.Seeds.SelectMany(File.ReadAllLines).ToArray();
        for (var i = 0; i < 300; i++)
        {
            var picked = Enumerable.Range(0, random.Next(1, 120)).Select(_ => lines[random.Next(lines.Length)]);
            var parsed = DocumentParser.ParseText(string.Join('\n', picked), "shuffled.txt");
            Assert.True(parsed.Succeeded);
            Assert.NotNull(DocumentJson.Serialize([parsed]));
        }
    }

    private static byte[] Mutate(byte[] source, Random random)
    {
        var bytes = source.ToList();
        var edits = random.Next(1, 40);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, (byte)random.Next(256)); break;
                default: bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 400))); break;
            }
        }
        return [.. bytes];
    }
}
