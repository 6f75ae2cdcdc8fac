namespace HuuNghi.Documents.Parsing.Model;

/// <summary>An item a unit is made responsible for.</summary>
public sealed class TaskItem
{
    /// <summary>The item's numbering joined with dots (<c>2.3</c>, <c>III.4.a</c>).</summary>
    public string Ref { get; set; } = "";
    /// <summary>Heading, or first sentence where the item has none.</summary>
    public string Title { get; set; } = "";
    /// <summary>Lead units (cơ quan chủ trì) as written.</summary>
    public List<string> Lead { get; set; } = [];
    /// <summary>Coordinating units (cơ quan phối hợp) as written.</summary>
    public List<string> Coordinating { get; set; } = [];
    /// <summary>When the item is to be done.</summary>
    public Timeframe Timeframe { get; set; } = Timeframe.None;
}

/// <summary>Thời gian thực hiện: kind (<c>ongoing</c>, <c>annual</c>, <c>by-date</c>, <c>period</c>), text, due.</summary>
public sealed record Timeframe(string? Kind, string? Text, string? Due)
{
    /// <summary>No timeframe stated.</summary>
    public static Timeframe None { get; } = new(null, null, null);
}
