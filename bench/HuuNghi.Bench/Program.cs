using HuuNghi.Bench;

// huunghi-bench parse [FILE...]   documents/second and MB/second over the seeds (or the given files)
// huunghi-bench json  [FILE...]   the contract JSON for the files, to feed the extraction scorer
// huunghi-bench check [FILE...]   the consistency findings for the files
// huunghi-bench text  FILE...     the text the reader extracts (DOCX, PDF, legacy encodings)
// huunghi-bench report [--db DB]  reports/second written from the demo data (fresh SQLite unless --db)
// huunghi-bench national --scale S --db DB [--seed N] [--load-only|--bench-only]  national data set and benchmarks vs SQL floors
return args.FirstOrDefault() switch
{
    "parse" => ParseBenchmark.Run(args[1..]),
    "json" => JsonDump.Run(args[1..]),
    "check" => JsonDump.RunCheck(args[1..]),
    "text" => JsonDump.RunText(args[1..]),
    "report" => await ReportBenchmark.RunAsync(args[1..]),
    "national" => await HuuNghi.Bench.National.NationalCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: HuuNghi.Bench parse [FILE...] | json [FILE...] | check [FILE...] | text FILE... | report [--db DB] | national --scale S --db DB [--seed N] [--load-only|--bench-only]");
    return 2;
}
