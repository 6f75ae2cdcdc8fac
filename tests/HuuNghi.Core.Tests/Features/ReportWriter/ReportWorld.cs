using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Reading;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.ReportWriter;

/// <summary>The demo's 2023 reporting rounds and the calls the report writer tests make on them.</summary>
internal sealed class ReportWorld(TestHost host)
{
    public int ThapMuoi { get; private set; }
    public int BinhSon { get; private set; }
    public int DongThapRequest { get; private set; }
    public int QuangNgaiRequest { get; private set; }

    public static async Task<ReportWorld> CreateAsync(TestHost host)
    {
        await host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var world = new ReportWorld(host)
        {
            ThapMuoi = await host.UnitIdAsync("dt.tm.ubnd"),
            BinhSon = await host.UnitIdAsync("qng.bs.ubnd"),
        };
        world.DongThapRequest = await host.QueryAsync(db => db.ReportRequests.Where(r => r.SourceReference == "1807/SNGV-NV").Select(r => r.Id).SingleAsync());
        world.QuangNgaiRequest = await host.QueryAsync(db => db.ReportRequests.Where(r => r.SourceReference == "1353/SNgV-ĐN").Select(r => r.Id).SingleAsync());
        return world;
    }

    public Task<ComposeReport.Composed> ComposeAsync(int request, int unit, int? version = null, UnitScope? scope = null) =>
        host.RunAsync<ComposeReport, ComposeReport.Composed>(c => c.HandleAsync(request, unit, version, scope ?? UnitScope.Everything));

    public Task<WriteReport.Written> WriteAsync(int request, int? unit, ReportFormat format, UnitScope? scope = null, int? version = null) =>
        host.RunAsync<WriteReport, WriteReport.Written>(w => w.HandleAsync(new WriteReport.Command(request, unit, format, version), scope ?? UnitScope.Everything));

    public static string TextOf(WriteReport.Written docx) => DocumentReader.Read(docx.Content, docx.FileName).Text!;

    public static ParsedDocument Parse(WriteReport.Written file) => DocumentParser.ParseBytes(file.Content, file.FileName).Documents.Single();
}
