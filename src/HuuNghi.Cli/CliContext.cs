using System.CommandLine;

namespace HuuNghi.Cli;

/// <summary>
/// What every command shares in one run: the writers and the global options. Built per run, never static, so
/// tests can run commands in parallel in one process.
/// </summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    public Option<string?> Db { get; } = new("--db")
    {
        Description = "Cơ sở dữ liệu: sqlite:<đường dẫn> hoặc chuỗi kết nối PostgreSQL (mặc định $HUUNGHI_DATA/huunghi.db) / "
            + "Database: sqlite:<path> or a PostgreSQL connection string (default $HUUNGHI_DATA/huunghi.db)",
        HelpName = "target",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "In JSON ra đầu ra chuẩn / Print JSON to standard output",
        Recursive = true,
    };
}
