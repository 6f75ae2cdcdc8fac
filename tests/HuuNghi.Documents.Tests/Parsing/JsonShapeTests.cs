using System.Text.Json;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

public class JsonShapeTests
{
    private static readonly string[] DocumentFields =
    [
        "kind", "number", "symbol", "reference", "issuedOn", "place", "issuer", "title", "addressees", "distribution",
        "signer", "citations", "tasks", "deadlines", "signatures", "receipt", "warnings",
    ];

    [Fact]
    public void Should_serialise_exactly_the_contract_fields_in_order_with_nulls()
    {
        var json = DocumentJson.Serialize([DocumentParser.ParseFile(SharedFiles.Seed("004"))]);
        using var parsed = JsonDocument.Parse(json);
        var file = parsed.RootElement[0];
        Assert.Equal(["file", "documents"], file.EnumerateObject().Select(p => p.Name));
        var doc = file.GetProperty("documents")[0];
        Assert.Equal(DocumentFields, doc.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("receipt").ValueKind);
        var task = doc.GetProperty("tasks")[0];
        Assert.Equal(["ref", "title", "lead", "coordinating", "timeframe"], task.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["kind", "text", "due"], task.GetProperty("timeframe").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["authority", "position", "name"], doc.GetProperty("signer").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Should_keep_vietnamese_readable_in_the_json()
    {
        var json = DocumentJson.Serialize([DocumentParser.ParseFile(SharedFiles.Seed("001"))]);
        Assert.Contains("Ủy ban nhân dân xã Hòa An", json);
        Assert.DoesNotContain("\\u1EE6", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Should_not_serialise_the_read_error()
    {
        var json = DocumentJson.Serialize([DocumentParser.ParseFile("/nonexistent/x.txt")]);
        Assert.DoesNotContain("error", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"documents\": []", json);
    }
}
