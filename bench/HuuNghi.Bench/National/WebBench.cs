using HuuNghi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.National;

public static class WebBench
{
    public static Task<List<Figure>> RunAsync(IServiceProvider provider, DatabaseTarget target, BenchTargets t, TextWriter log) =>
        Task.FromResult(new List<Figure>());
}
