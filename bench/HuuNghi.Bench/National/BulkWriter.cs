using System.Data.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace HuuNghi.Bench.National;

/// <summary>
/// Writes entities straight into their tables, bypassing change tracking: PostgreSQL by binary COPY, SQLite by one
/// prepared INSERT in one transaction. Table and column names, and each value's stored form (enums as text, instants
/// as UTC), come from the EF model, so the rows are exactly what the app would have saved.
/// </summary>
public sealed class BulkWriter(HuuNghiDbContext db)
{
    public bool IsPostgres => db.Database.IsNpgsql();

    public async Task<long> WriteAsync<T>(IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        // Shadow properties have no CLR value to read; none of the bulk-loaded entities needs one.
        using var items = rows.GetEnumerator();
        if (!items.MoveNext()) return 0;
        var first = items.Current;
        // A generated key left at 0 is the database's to assign (as on an EF insert); a key set by the generator is kept.
        var props = type.GetProperties().Where(p => !p.IsShadowProperty())
            .Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd && p.ClrType == typeof(int) && (int)p.GetGetter().GetClrValue(first)! == 0))
            .ToList();
        rows = Rest(first, items);
        var columns = props.Select(p => p.GetColumnName(store)!).ToList();
        var converters = props.Select(p => p.GetTypeMapping().Converter).ToList();
        object? Value(T row, int i)
        {
            var v = props[i].GetGetter().GetClrValue(row);
            return v is null ? null : converters[i] is { } c ? c.ConvertToProvider(v) : v;
        }
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        long count = 0;
        if (connection is NpgsqlConnection pg)
        {
            var pgTypes = props.Select(p => BaseType(p.GetColumnType(store))).ToList();
            await using var copy = await pg.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct);
            copy.Timeout = TimeSpan.FromHours(1); // one COPY carries millions of rows

            foreach (var row in rows)
            {
                // Synchronous writes: the importer buffers, and per-value awaits cost more than the copy itself.
                copy.StartRow();
                for (var i = 0; i < props.Count; i++)
                {
                    var v = Value(row, i);
                    if (v is null) copy.WriteNull(); else copy.Write(v, pgTypes[i]);
                }
                count++;
            }
            await copy.CompleteAsync(ct);
            return count;
        }
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => { var p = insert.CreateParameter(); p.ParameterName = $"$p{i}"; insert.Parameters.Add(p); return p; }).ToList();
        foreach (var row in rows)
        {
            for (var i = 0; i < props.Count; i++) parameters[i].Value = Value(row, i) ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(ct);
            count++;
        }
        await tx.CommitAsync(ct);
        return count;
    }

    /// <summary>After explicit ids were written, move each identity past them so the app's own inserts don't collide.</summary>
    public async Task ResetIdentityAsync<T>(CancellationToken ct = default) where T : class
    {
        if (!IsPostgres) return; // SQLite's INTEGER PRIMARY KEY continues from the largest rowid by itself.
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        // The table name comes from the EF model, not from input.
        var connection = db.Database.GetDbConnection();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST(1, (SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\")))";
        await cmd.ExecuteScalarAsync(ct);
    }

    public async Task<int> NextIdAsync<T>(CancellationToken ct = default) where T : class
    {
        var table = db.Model.FindEntityType(typeof(T))!.GetTableName()!;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct)) + 1;
    }

    private static IEnumerable<T> Rest<T>(T first, IEnumerator<T> items)
    {
        yield return first;
        while (items.MoveNext()) yield return items.Current;
    }

    // Npgsql takes the type's name without its modifiers ("character varying", "numeric").
    private static string BaseType(string? columnType)
    {
        var t = columnType ?? throw new InvalidOperationException("column without a store type");
        var paren = t.IndexOf('(');
        return paren < 0 ? t : t[..paren].Trim() + t[(t.IndexOf(')') + 1)..];
    }
}
