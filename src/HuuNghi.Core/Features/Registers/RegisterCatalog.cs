using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers.Agreements;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.Budget;
using HuuNghi.Core.Features.Registers.CitizensAbroad;
using HuuNghi.Core.Features.Registers.Commendations;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.Information;
using HuuNghi.Core.Features.Registers.Officers;
using HuuNghi.Core.Features.Registers.OverseasEvents;
using HuuNghi.Core.Features.Registers.Trainings;

namespace HuuNghi.Core.Features.Registers;

/// <summary>Every register by its contract name, in the order reports present them.</summary>
public static class RegisterCatalog
{
    public static readonly IReadOnlyList<Register> All =
    [
        new InboundDelegationsRegister(), new OutboundDelegationsRegister(), new AidProjectsRegister(), new AidDisbursementsRegister(),
        new AgreementsRegister(), new OverseasEventsRegister(), new InformationActivitiesRegister(), new TrainingsRegister(),
        new CitizensAbroadRegister(), new BudgetRegister(), new CommendationsRegister(), new OfficersRegister(),
    ];

    public static Register Get(string name) =>
        All.FirstOrDefault(r => r.Name == name?.Trim().ToLowerInvariant())
        ?? throw new NotFoundException(new Localized(
            $"Không có sổ '{name}'. Các sổ: {string.Join(", ", All.Select(r => r.Name))}.",
            $"There is no register '{name}'. Registers: {string.Join(", ", All.Select(r => r.Name))}."));
}
