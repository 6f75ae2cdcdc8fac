using HuuNghi.Documents.Checking;
using HuuNghi.Documents.Parsing;

namespace HuuNghi.Bench;

/// <summary>Developer views of the engine's output: the parse JSON and the findings JSON.</summary>
internal static class JsonDump
{
    public static int RunText(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var path in args)
        {
            var read = HuuNghi.Documents.Reading.DocumentReader.Read(path);
            Console.WriteLine(read.Text ?? read.Error!.ToString());
        }
        return 0;
    }

    public static int RunCheck(string[] args)
    {
        var parsed = DocumentParser.ParseFiles(SeedFiles.Resolve(args)).ToList();
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine(DocumentJson.Serialize(DocumentChecker.Check(parsed)));
        return 0;
    }

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
