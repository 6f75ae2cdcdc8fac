using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Registers.Agreements;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.CitizensAbroad;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.Information;
using HuuNghi.Core.Features.Registers.OverseasEvents;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Core.Features.Registers.Trainings;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;
using V = HuuNghi.Bench.National.Vocabulary;

namespace HuuNghi.Bench.National;

/// <summary>What the generator made, for the benchmarks and the tests to find it again.</summary>
public sealed record NationalData(int RootId, IReadOnlyList<int> ProvinceIds, int CommuneCommitteeId, int RequestId, long RegisterRows, long Documents);

/// <summary>
/// The national data set, beside the demo: every figure is drawn from one seeded <see cref="Random"/> in a fixed
/// order, so a seed and a scale give the same rows on SQLite and PostgreSQL. The 2025 reform is recorded the way
/// the app's own use cases record it: each commune moves from its district to its province on 1/7/2025 (a Move
/// event, the district link ending 30/6), then each district is dissolved (a Dissolve event; it and its bodies
/// end 30/6/2025).
/// </summary>
public sealed class NationalGenerator(HuuNghiDbContext db, double scale, int seed, TextWriter log)
{
    public static readonly DateOnly Reform = new(2025, 7, 1);
    public static readonly DateOnly LastDistrictDay = Reform.AddDays(-1);
    public static readonly DateOnly First = new(2016, 1, 1), Last = new(2026, 12, 31);
    public const string CodePrefix = "nat.";

    private readonly Random rng = new(seed);
    private readonly BulkWriter writer = new(db);
    private readonly List<OrgUnit> units = [];
    private readonly List<OrgUnitParentLink> links = [];
    private readonly List<OrgUnitEvent> events = [];
    private readonly List<OrgUnitEventUnit> eventUnits = [];
    private readonly List<(int Id, int Province)> recorders = [];
    private readonly Dictionary<int, string> names = [];
    private int nextUnit, nextLink, nextEvent, nextEventUnit;

    private int Scaled(double full, int min) => Math.Max(min, (int)Math.Round(full * scale));

    public async Task<NationalData> LoadAsync(CancellationToken ct = default)
    {
        if (await db.OrgUnits.AnyAsync(u => u.Code.StartsWith(CodePrefix), ct))
            throw new InvalidOperationException("The national data set is already loaded in this database; use --bench-only, or a fresh database.");
        var root = await db.OrgUnits.Where(u => u.Code == "vn").Select(u => u.Id).SingleAsync(ct);
        nextUnit = await writer.NextIdAsync<OrgUnit>(ct);
        nextLink = await writer.NextIdAsync<OrgUnitParentLink>(ct);
        nextEvent = await writer.NextIdAsync<OrgUnitEvent>(ct);
        nextEventUnit = await writer.NextIdAsync<OrgUnitEventUnit>(ct);

        var (provinces, committee) = BuildTree(root);
        await Timed("org units", () => writer.WriteAsync(units, ct));
        await Timed("parent links", () => writer.WriteAsync(links, ct));
        await Timed("org events", () => writer.WriteAsync(events, ct));
        await Timed("org event units", () => writer.WriteAsync(eventUnits, ct));

        var partnerFirst = await writer.NextIdAsync<Partner>(ct);
        var partners = Scaled(2000, 20);
        await Timed("partners", () => writer.WriteAsync(Enumerable.Range(0, partners).Select(i => new Partner
        {
            Id = partnerFirst + i, Name = $"Tổ chức hữu nghị {Place()} {i}", Key = $"to chuc huu nghi {i}",
            Country = V.Countries[i % V.Countries.Length], Kind = (PartnerKind)(i % 5),
        }).ToList(), ct));
        int Partner() => partnerFirst + rng.Next(partners);

        var total = Scaled(5_000_000, 400);
        long rows = 0;
        rows += await Timed("delegations", () => writer.WriteAsync(Registers(total * 40 / 100, (u, d) => new Delegation
        {
            OrgUnitId = u, Date = d, Direction = rng.Next(3) == 0 ? DelegationDirection.Outbound : DelegationDirection.Inbound,
            PartnerId = Partner(), Country = V.Countries[rng.Next(V.Countries.Length)], Purpose = Sentence(6), People = 1 + rng.Next(30),
            EndDate = d.AddDays(rng.Next(5)), SecurityAppraised = rng.Next(2) == 0,
        }), ct));
        rows += await Timed("information activities", () => writer.WriteAsync(Registers(total * 20 / 100, (u, d) => new InformationActivity
        {
            OrgUnitId = u, Date = d, Title = Sentence(8), Channel = (InformationChannel)rng.Next(9), Items = rng.Next(20),
            Reach = rng.Next(5000), Groups = rng.Next(10), People = rng.Next(300), Visitors = rng.Next(2000),
        }), ct));
        rows += await Timed("trainings", () => writer.WriteAsync(Registers(total * 10 / 100, (u, d) => new Training
        {
            OrgUnitId = u, Date = d, Course = "Bồi dưỡng " + Sentence(5), Organiser = Place(), Participants = 5 + rng.Next(100),
        }), ct));
        rows += await Timed("overseas events", () => writer.WriteAsync(Registers(total * 10 / 100, (u, d) => new OverseasEvent
        {
            OrgUnitId = u, Date = d, Title = Sentence(7), Country = V.Countries[rng.Next(V.Countries.Length)], Participants = rng.Next(500),
        }), ct));
        rows += await Timed("agreements", () => writer.WriteAsync(Registers(total * 6 / 100, (u, d) => new CooperationAgreement
        {
            OrgUnitId = u, Date = d, Title = "Thỏa thuận " + Sentence(6), Kind = (AgreementKind)rng.Next(4), PartnerId = Partner(),
            ValidFrom = d, ValidTo = rng.Next(4) == 0 ? null : d.AddYears(1 + rng.Next(5)),
        }), ct));
        var projectFirst = await writer.NextIdAsync<AidProject>(ct);
        var projects = new List<(int Unit, DateOnly Date, DateOnly To)>();
        rows += await Timed("aid projects", () => writer.WriteAsync(Registers(Math.Max(1, total * 4 / 100), (u, d) =>
        {
            var to = UnitEnd(u);
            projects.Add((u, d, to));
            return new AidProject
            {
                Id = projectFirst + projects.Count - 1, OrgUnitId = u, Date = d, Title = "Dự án " + Sentence(6), DonorId = Partner(),
                Modality = (AidModality)rng.Next(3), Commitment = 1_000_000m * (1 + rng.Next(5000)), Status = (AidStatus)rng.Next(5),
                EndDate = rng.Next(3) == 0 ? null : d.AddDays(rng.Next(1500)),
            };
        }), ct));
        rows += await Timed("aid transactions", () => writer.WriteAsync(Enumerable.Range(0, total * 8 / 100).Select(_ =>
        {
            var p = rng.Next(projects.Count);
            var (unit, from, to) = projects[p];
            var day = Day(from, to);
            return new AidTransaction
            {
                OrgUnitId = unit, Date = day, ProjectId = projectFirst + p, Kind = (AidTransactionKind)rng.Next(2), Amount = 100_000m * (1 + rng.Next(10000)),
            };
        }), ct));
        rows += await Timed("citizens abroad", () => writer.WriteAsync(Registers(total * 2 / 100, (u, d) => new CitizensAbroadCount
        {
            OrgUnitId = u, Date = d, Country = V.Countries[rng.Next(V.Countries.Length)], Purpose = (AbroadPurpose)rng.Next(2), Count = rng.Next(200),
        }), ct));

        var documents = Scaled(1_000_000, 200);
        var withText = Scaled(100_000, 20);
        await Timed("documents", () => writer.WriteAsync(Enumerable.Range(0, documents).Select(i => Document(i, i < withText)), ct));

        var planFirst = await writer.NextIdAsync<Plan>(ct);
        var plans = Scaled(20_000, 10);
        await Timed("plans", () => writer.WriteAsync(Enumerable.Range(0, plans).Select(i =>
        {
            var unit = recorders[rng.Next(recorders.Count)].Id;
            var day = Day(First, UnitEnd(unit));
            return new Plan
            {
                Id = planFirst + i, Title = "Kế hoạch " + Sentence(6), PlanDate = day, IssuerUnitId = unit, Reference = $"{i + 1}/KH-NAT",
                ReferenceKey = ReferenceKey.Of($"{i + 1}/KH-NAT"), CreatedAt = Instant(day),
            };
        }), ct));
        await Timed("plan tasks", () => writer.WriteAsync(Enumerable.Range(0, plans * 10).Select(i => new PlanTask
        {
            PlanId = planFirst + i / 10, Position = i % 10 + 1, Ref = $"{i % 10 + 1}", Title = Sentence(9), TimeframeKind = TimeframeKind.Annual,
        }), ct));

        var request = await LoadRequestAsync(root, ct);
        foreach (var reset in new Func<Task>[] { () => writer.ResetIdentityAsync<OrgUnit>(ct), () => writer.ResetIdentityAsync<OrgUnitParentLink>(ct),
                     () => writer.ResetIdentityAsync<OrgUnitEvent>(ct), () => writer.ResetIdentityAsync<OrgUnitEventUnit>(ct), () => writer.ResetIdentityAsync<Partner>(ct),
                     () => writer.ResetIdentityAsync<Delegation>(ct), () => writer.ResetIdentityAsync<InformationActivity>(ct), () => writer.ResetIdentityAsync<Training>(ct),
                     () => writer.ResetIdentityAsync<OverseasEvent>(ct), () => writer.ResetIdentityAsync<CooperationAgreement>(ct), () => writer.ResetIdentityAsync<AidProject>(ct),
                     () => writer.ResetIdentityAsync<AidTransaction>(ct), () => writer.ResetIdentityAsync<CitizensAbroadCount>(ct), () => writer.ResetIdentityAsync<Document>(ct),
                     () => writer.ResetIdentityAsync<Plan>(ct), () => writer.ResetIdentityAsync<PlanTask>(ct), () => writer.ResetIdentityAsync<ReportRequest>(ct),
                     () => writer.ResetIdentityAsync<Submission>(ct) })
            await reset();
        await BumpTreeStampAsync(ct);
        return new NationalData(root, provinces, committee, request, rows, documents);
    }

    private (List<int> Provinces, int CommuneCommittee) BuildTree(int root)
    {
        var provinceCount = Scaled(34, 1);
        var districtCount = Scaled(700, 2);
        var communeCount = Scaled(3300, 4);
        var provinces = new List<int>();
        for (var p = 0; p < provinceCount; p++)
        {
            var name = $"{Place()} {p + 1}";
            var id = Unit($"{CodePrefix}p{p}", $"Tỉnh {name}", OrgUnitKind.AdministrativeArea, OrgLevel.Province, root, null, p);
            provinces.Add(id);
            Unit($"{CodePrefix}p{p}.ubnd", $"Ủy ban nhân dân tỉnh {name}", OrgUnitKind.PeoplesCommittee, OrgLevel.Province, id, null, p, records: true);
            Unit($"{CodePrefix}p{p}.tu", $"Tỉnh ủy {name}", OrgUnitKind.PartyCommittee, OrgLevel.Province, id, null, p, records: true);
            Unit($"{CodePrefix}p{p}.mttq", $"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {name}", OrgUnitKind.FatherlandFront, OrgLevel.Province, id, null, p, records: true);
            Unit($"{CodePrefix}p{p}.lhhn", $"Liên hiệp các tổ chức hữu nghị tỉnh {name}", OrgUnitKind.MassOrganisation, OrgLevel.Province, id, null, p, records: true);
            Unit($"{CodePrefix}p{p}.hlhpn", $"Hội Liên hiệp Phụ nữ tỉnh {name}", OrgUnitKind.SocioPoliticalOrganisation, OrgLevel.Province, id, null, p, records: true);
            Unit($"{CodePrefix}p{p}.td", $"Tỉnh đoàn {name}", OrgUnitKind.SocioPoliticalOrganisation, OrgLevel.Province, id, null, p, records: true);
            for (var s = 0; s < V.Departments.Length; s++)
                Unit($"{CodePrefix}p{p}.s{s}", $"{V.Departments[s]} tỉnh {name}", OrgUnitKind.Department, OrgLevel.Province, id, null, p, records: true);
        }
        var districts = new List<(int Id, int Province)>();
        for (var d = 0; d < districtCount; d++)
        {
            var p = d % provinceCount;
            var name = $"{Place()} {d + 1}";
            var id = Unit($"{CodePrefix}h{d}", $"Huyện {name}", OrgUnitKind.AdministrativeArea, OrgLevel.District, provinces[p], LastDistrictDay, p);
            districts.Add((id, p));
            Unit($"{CodePrefix}h{d}.ubnd", $"Ủy ban nhân dân huyện {name}", OrgUnitKind.PeoplesCommittee, OrgLevel.District, id, LastDistrictDay, p, records: true);
            Unit($"{CodePrefix}h{d}.hu", $"Huyện ủy {name}", OrgUnitKind.PartyCommittee, OrgLevel.District, id, LastDistrictDay, p, records: true);
            Unit($"{CodePrefix}h{d}.mttq", $"Ủy ban Mặt trận Tổ quốc Việt Nam huyện {name}", OrgUnitKind.FatherlandFront, OrgLevel.District, id, LastDistrictDay, p, records: true);
            Unit($"{CodePrefix}h{d}.pnv", $"Phòng Nội vụ huyện {name}", OrgUnitKind.Department, OrgLevel.District, id, LastDistrictDay, p, records: true);
            Unit($"{CodePrefix}h{d}.pvh", $"Phòng Văn hóa và Thông tin huyện {name}", OrgUnitKind.Department, OrgLevel.District, id, LastDistrictDay, p, records: true);
        }
        var firstCommittee = 0;
        for (var c = 0; c < communeCount; c++)
        {
            var (district, p) = districts[c % districtCount];
            var name = $"{Place()} {c + 1}";
            var id = nextUnit++;
            units.Add(new OrgUnit { Id = id, Code = $"{CodePrefix}x{c}", Name = $"Xã {name}", Kind = OrgUnitKind.AdministrativeArea, Level = OrgLevel.Commune, NameKey = UnitNameKey.Of($"Xã {name}") });
            names[id] = $"Xã {name}";
            // Under its district until 30/6/2025, under its province from 1/7/2025: MoveOrgUnit's links and event.
            links.Add(new OrgUnitParentLink { Id = nextLink++, ChildId = id, ParentId = district, ValidTo = LastDistrictDay });
            links.Add(new OrgUnitParentLink { Id = nextLink++, ChildId = id, ParentId = provinces[p], ValidFrom = Reform });
            Event(OrgEventKind.Move, (id, OrgEventRole.Source), (provinces[p], OrgEventRole.Target));
            var committee = Unit($"{CodePrefix}x{c}.ubnd", $"Ủy ban nhân dân xã {name}", OrgUnitKind.PeoplesCommittee, OrgLevel.Commune, id, null, p, records: true);
            if (c == 0) firstCommittee = committee;
            Unit($"{CodePrefix}x{c}.du", $"Đảng ủy xã {name}", OrgUnitKind.PartyCommittee, OrgLevel.Commune, id, null, p, records: true);
            Unit($"{CodePrefix}x{c}.mttq", $"Ủy ban Mặt trận Tổ quốc Việt Nam xã {name}", OrgUnitKind.FatherlandFront, OrgLevel.Commune, id, null, p, records: true);
            Unit($"{CodePrefix}x{c}.pvh", $"Phòng Văn hóa - Xã hội xã {name}", OrgUnitKind.Department, OrgLevel.Commune, id, null, p, records: true);
            Unit($"{CodePrefix}x{c}.pkt", $"Phòng Kinh tế xã {name}", OrgUnitKind.Department, OrgLevel.Commune, id, null, p, records: true);
        }
        // DissolveOrgUnit after the moves: the district, its bodies and their links already end 30/6/2025.
        foreach (var (district, _) in districts) Event(OrgEventKind.Dissolve, (district, OrgEventRole.Source));
        return (provinces, firstCommittee);
    }

    private int Unit(string code, string name, OrgUnitKind kind, OrgLevel level, int parent, DateOnly? to, int province, bool records = false)
    {
        var id = nextUnit++;
        units.Add(new OrgUnit { Id = id, Code = code, Name = name, Kind = kind, Level = level, ValidTo = to, NameKey = UnitNameKey.Of(name) });
        links.Add(new OrgUnitParentLink { Id = nextLink++, ChildId = id, ParentId = parent, ValidTo = to });
        names[id] = name;
        if (records) recorders.Add((id, province));
        return id;
    }

    private void Event(OrgEventKind kind, params (int Unit, OrgEventRole Role)[] members)
    {
        var id = nextEvent++;
        events.Add(new OrgUnitEvent { Id = id, Kind = kind, Date = Reform, LegalBasis = "Nghị quyết sắp xếp đơn vị hành chính năm 2025" });
        foreach (var (unit, role) in members) eventUnits.Add(new OrgUnitEventUnit { Id = nextEventUnit++, EventId = id, OrgUnitId = unit, Role = role });
    }

    private readonly Dictionary<int, DateOnly> ends = [];
    private DateOnly UnitEnd(int unit)
    {
        if (ends.Count == 0) foreach (var u in units) ends[u.Id] = u.ValidTo is { } t && t < Last ? t : Last;
        return ends[unit];
    }

    /// <summary>Rows spread over the recording units, each dated inside its unit's life and 2016–2026.</summary>
    private IEnumerable<T> Registers<T>(int count, Func<int, DateOnly, T> make)
    {
        for (var i = 0; i < count; i++)
        {
            var unit = recorders[rng.Next(recorders.Count)].Id;
            yield return make(unit, Day(First, UnitEnd(unit)));
        }
    }

    private Document Document(int i, bool fullText)
    {
        var (unit, _) = recorders[rng.Next(recorders.Count)];
        var day = Day(First, UnitEnd(unit));
        var kind = new[] { "plan", "report", "dispatch", "decision", "guidance", "notice" }[rng.Next(6)];
        var reference = $"{i + 1}/{kind.ToUpperInvariant()[..2]}-NAT{i % 97}";
        var title = char.ToUpperInvariant(Sentence(10)[0]) + Sentence(9);
        var body = fullText ? Sentence(180) : null;
        return new Document
        {
            Kind = kind, Number = $"{i + 1}", Symbol = $"{kind.ToUpperInvariant()[..2]}-NAT{i % 97}", Reference = reference, ReferenceKey = ReferenceKey.Of(reference),
            IssuedOn = day.ToString("yyyy-MM-dd"), IssuedYear = day.Year, Place = Place(), Issuer = names[unit], IssuerUnitId = unit, OwnerUnitId = unit, Title = title,
            SearchText = VietnameseText.Fold(string.Join(" ", new[] { reference, title, names[unit], body }.Where(s => s is not null))),
            RecordedAt = Instant(day),
        };
    }

    /// <summary>One ad hoc request from the centre, frozen while the districts still stood: every generated body is expected; 70% have submitted.</summary>
    private async Task<int> LoadRequestAsync(int root, CancellationToken ct)
    {
        var id = await writer.NextIdAsync<ReportRequest>(ct);
        var frozen = new DateOnly(2025, 6, 1);
        await writer.WriteAsync(new[] { new ReportRequest
        {
            Id = id, Title = "Báo cáo công tác đối ngoại nhân dân 6 tháng đầu năm 2025 (dữ liệu quốc gia)", Kind = ReportKind.AdHoc, PeriodKey = "2025-H1",
            CutoffFrom = new DateOnly(2025, 1, 1), CutoffTo = new DateOnly(2025, 6, 15), Deadline = new DateOnly(2025, 6, 25), ReceiverId = root,
            FrozenOn = frozen, RaisedAt = Instant(frozen), RaisedBy = "bench", SourceReference = "1/BC-NAT",
        } }, ct);
        var expected = units.Where(u => u.Kind != OrgUnitKind.AdministrativeArea).ToList();
        await Timed("expected reporters", () => writer.WriteAsync(expected.Select(u => new ExpectedReporter { RequestId = id, OrgUnitId = u.Id, NameThen = u.Name }), ct));
        var submissionFirst = await writer.NextIdAsync<Submission>(ct);
        var n = 0;
        await Timed("submissions", () => writer.WriteAsync(expected.Where(_ => rng.Next(10) < 7).Select(u => new Submission
        {
            Id = submissionFirst + n++, RequestId = id, OrgUnitId = u.Id, Status = rng.Next(5) == 0 ? SubmissionStatus.Accepted : SubmissionStatus.Submitted,
            CurrentNumber = 1, SubmittedAt = Instant(new DateOnly(2025, 6, 10).AddDays(rng.Next(25))).AddHours(rng.Next(12)),
        }).ToList(), ct));
        return id;
    }

    private async Task BumpTreeStampAsync(CancellationToken ct)
    {
        // The org tree cache reloads when this stamp moves; a bulk load outside the app must move it too.
        var stamp = await db.OrgTreeStamps.FindAsync([1], ct);
        if (stamp is null) db.OrgTreeStamps.Add(new OrgTreeStamp { Id = 1, Value = 1 }); else stamp.Value++;
        await db.SaveChangesAsync(ct);
    }

    private DateOnly Day(DateOnly from, DateOnly to) => from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
    private static DateTime Instant(DateOnly day) => day.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
    private string Place() => V.Syllables[rng.Next(V.Syllables.Length)] + " " + V.Syllables[rng.Next(V.Syllables.Length)].ToLowerInvariant();

    private string Sentence(int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++) parts[i] = V.Words[rng.Next(V.Words.Length)];
        return string.Join(' ', parts);
    }

    private async Task<long> Timed(string what, Func<Task<long>> write)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        var n = await write();
        log.WriteLine($"  {what}: {n:N0} rows in {System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
        return n;
    }
}
