using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// An incoming letter that asks named units for a report by a date becomes a request of its own (đột xuất),
/// linked to the letter by reference now and by document id once the document store holds it.
/// </summary>
public sealed class RaiseAdHocRequest(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(string Title, int ReceiverId, IReadOnlyList<int> UnitIds, string Period,
        DateOnly CutoffFrom, DateOnly CutoffTo, DateOnly Deadline,
        string? SourceReference = null, DateOnly? SourceDate = null, int? SourceDocumentId = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Raisers);
        var receiver = await db.LoadAsync(command.ReceiverId, ct);
        scope.Demand(receiver.Id);
        new Validation()
            .Require(!string.IsNullOrWhiteSpace(command.Title), nameof(command.Title), "Nhập tên yêu cầu báo cáo.", "Enter the request's title.")
            .Require(command.UnitIds.Count > 0, nameof(command.UnitIds), "Chọn ít nhất một đơn vị phải báo cáo.", "Choose at least one unit to report.")
            .ThrowIfInvalid();
        var tree = await trees.GetAsync(db, ct);
        var today = ReportRequest.Today(db.Clock);
        foreach (var id in command.UnitIds)
        {
            var unit = tree.Find(id) ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {id}.", $"There is no unit with id {id}."));
            if (!unit.ExistsOn(today))
                throw new ValidationFailedException(nameof(command.UnitIds), new Localized(
                    $"'{unit.Name}' không còn tồn tại ngày {ReportingRules.Date(today)}.", $"'{unit.Name}' does not exist on {ReportingRules.Date(today)}."));
        }
        var request = new ReportRequest
        {
            Title = command.Title.Trim(), Kind = ReportKind.AdHoc, PeriodKey = ReportingPeriod.Parse(command.Period).Key,
            ReceiverId = receiver.Id, FrozenOn = today, CutoffFrom = command.CutoffFrom, CutoffTo = command.CutoffTo, Deadline = command.Deadline,
            SourceReference = command.SourceReference?.Trim(), SourceDate = command.SourceDate, SourceDocumentId = command.SourceDocumentId,
        };
        return await RequestFreezer.SaveAsync(db, request, tree, command.UnitIds, ct);
    }
}
