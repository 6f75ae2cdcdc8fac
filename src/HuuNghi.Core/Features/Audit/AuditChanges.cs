using System.Text.Json;

namespace HuuNghi.Core.Features.Audit;

/// <summary>What changed between an entry's before and after: the fields a reader actually wants to see.</summary>
public static class AuditChanges
{
    public sealed record Change(string Field, string? Before, string? After);

    private static readonly HashSet<string> Noise = ["Version", "NameKey", "Key", "ConcurrencyStamp"];

    public static IReadOnlyList<Change> Between(string? before, string? after)
    {
        var b = Parse(before);
        var a = Parse(after);
        return b.Keys.Union(a.Keys).Where(k => !Noise.Contains(k))
            .Select(k => new Change(k, b.GetValueOrDefault(k), a.GetValueOrDefault(k)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        });
    }
}
