namespace HuuNghi.Core.Common;

/// <summary>Who is making the change: a signed-in user on the web, the operator on the CLI, or the system.</summary>
public interface ICurrentActor
{
    int? UserId { get; }
    string Name { get; }
}

public sealed class FixedActor(int? userId, string name) : ICurrentActor
{
    public static readonly FixedActor System = new(null, "system");
    public int? UserId { get; } = userId;
    public string Name { get; } = name;
}
