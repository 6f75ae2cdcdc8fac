using HuuNghi.Core.Common;

namespace HuuNghi.Core.Data;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the data lives, from the contract's <c>--db</c> value: <c>sqlite:&lt;path&gt;</c> or a PostgreSQL
/// connection string. Without one: a SQLite file at <c>$HUUNGHI_DATA/huunghi.db</c> (default <c>./data</c>).
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString, string DataDirectory)
{
    public static DatabaseTarget Resolve(string? db, string? dataDirectory = null)
    {
        var data = Path.GetFullPath(dataDirectory ?? Environment.GetEnvironmentVariable("HUUNGHI_DATA") ?? "data");
        if (string.IsNullOrWhiteSpace(db)) return Sqlite(Path.Combine(data, "huunghi.db"), data);
        if (db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            var path = db["sqlite:".Length..];
            if (path.Length == 0) path = Path.Combine(data, "huunghi.db");
            return Sqlite(Path.GetFullPath(path), data);
        }
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase))
            return new DatabaseTarget(DatabaseProvider.Postgres, db, data);
        throw new ValidationFailedException("db", new Localized(
            $"Không hiểu đích cơ sở dữ liệu '{db}': dùng sqlite:<đường dẫn> hoặc chuỗi kết nối PostgreSQL (Host=…;Database=…).",
            $"Unknown database target '{db}': use sqlite:<path> or a PostgreSQL connection string (Host=…;Database=…)."));
    }

    private static DatabaseTarget Sqlite(string file, string data) =>
        // Pooling off: a laptop app gains little from it and it keeps the file locked after the app is done.
        new(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", data);

    /// <summary>A description safe to print: never shows a password.</summary>
    public string Display => Provider == DatabaseProvider.Sqlite
        ? ConnectionString.Replace("Data Source=", "sqlite:").Replace(";Pooling=False", "")
        : string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
