using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>A named figure for a unit's subtree and period (contract: <c>{ code, name, value, unit }</c>).</summary>
public sealed record Indicator(string Code, Localized Name, decimal Value, Localized Unit);

/// <summary>The figures' units of measure, named once.</summary>
internal static class Measures
{
    public static readonly Localized Visits = new("lượt", "visits");
    public static readonly Localized People = new("người", "people");
    public static readonly Localized Projects = new("dự án", "projects");
    public static readonly Localized Dong = new("đồng", "VND");
    public static readonly Localized AgreementTexts = new("văn bản", "documents");
    public static readonly Localized Activities = new("hoạt động", "activities");
    public static readonly Localized Courses = new("khóa", "courses");
    public static readonly Localized Percent = new("%", "%");
    public static readonly Localized Awards = new("lượt khen thưởng", "awards");
    public static readonly Localized Officers = new("cán bộ", "officers");
}
