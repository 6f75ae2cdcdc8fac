using HuuNghi.Documents.Parsing;

namespace HuuNghi.Bench;

internal static class JsonDump
{
    public static int Run(string[] args)
    {
        var files = SeedFiles.Resolve(args);
        var parsed = DocumentParser.ParseFiles(files);
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine(DocumentJson.Serialize(parsed));
        foreach (var bad in parsed.Where(p => !p.Succeeded)) Console.Error.WriteLine(bad.Error);
        return parsed.All(p => p.Succeeded) ? 0 : 1;
    }
}
