using HuuNghi.Core.Features.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Core.Features;

public static class CoreFeatures
{
    /// <summary>
    /// Registers every use case (a public class in Features with a <c>HandleAsync</c> method) and every demo
    /// data part. By convention, so adding a use case file is all it takes.
    /// </summary>
    public static IServiceCollection AddCoreFeatures(this IServiceCollection services)
    {
        foreach (var type in typeof(CoreFeatures).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Namespace?.StartsWith("HuuNghi.Core.Features", StringComparison.Ordinal) == true))
        {
            if (type.GetMethod("HandleAsync") is not null) services.AddScoped(type);
            if (typeof(IDemoDataPart).IsAssignableFrom(type)) services.AddScoped(typeof(IDemoDataPart), type);
        }
        services.AddScoped<SeedDemo>();
        return services;
    }
}
