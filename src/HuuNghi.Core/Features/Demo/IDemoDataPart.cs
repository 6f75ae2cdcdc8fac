namespace HuuNghi.Core.Features.Demo;

/// <summary>
/// One feature's share of the demo data set (the seeds' facts). Each part checks whether its data is already
/// there, so seeding twice changes nothing. Parts run by <see cref="Order"/>.
/// </summary>
public interface IDemoDataPart
{
    int Order { get; }
    Task SeedAsync(CancellationToken ct);
}
