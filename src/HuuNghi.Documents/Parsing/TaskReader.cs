using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Tasks of a plan, action program or dispatch: the lowest numbered items of the sections that assign
/// work ("Nhiệm vụ", "Nội dung", "Giải pháp", "Tổ chức thực hiện"), each with its lead and coordinating
/// units and timeframe. A dispatch's requests go to its addressees, by its "Thời gian triển khai".
/// </summary>
internal static class TaskReader
{
    public static List<TaskItem> Read(List<string> blocks, ParsedDocument doc)
    {
        if (!DocumentKinds.CarriesTasks(doc.Kind)) return [];
        var tasks = new List<TaskItem>();
        var rollout = doc.Deadlines.FirstOrDefault(d => TextLines.Fold(d.What).StartsWith("thoi gian trien khai"));
        foreach (var section in Sections.Read(blocks))
        {
            if (!section.AssignsWork) continue;
            foreach (var item in OutlineItems.Read(section.Blocks))
            {
                if (item.HasChildren) continue;
                var task = Build(item, section);
                if (doc.Kind == DocumentKinds.Dispatch) ApplyDispatchDefaults(task, doc, rollout);
                tasks.Add(task);
            }
        }
        return tasks;
    }

    private static TaskItem Build(OutlineItem item, Sections.Section section)
    {
        var task = new TaskItem
        {
            Ref = section.IsImplementation ? section.Numeral + "." + item.Path : item.Path,
            Title = SentenceReader.First(item.Text).TrimEnd(' ', ';', ':'),
        };
        var fields = TaskFields.Read(item.Content);
        if (fields.Lead is not null) task.Lead = UnitListSplitter.Split(fields.Lead);
        else if (section.IsImplementation) task.Lead = ImplementationLead(item);
        if (fields.Coordinating is not null) task.Coordinating = UnitListSplitter.Split(fields.Coordinating);
        if (fields.Timeframe is not null) task.Timeframe = TimeframeReader.Read(fields.Timeframe);
        return task;
    }

    // The unit heading a group of lettered duties, or else the subject of the duty's own sentence.
    private static List<string> ImplementationLead(OutlineItem item)
    {
        if (item.Parent is not null) return LeadReader.FromHeading(item.Parent.Text);
        var lead = LeadReader.FromSentence(item.Text);
        return lead.Count > 0 || item.Text.Contains('.') ? lead : LeadReader.FromHeading(item.Text);
    }

    private static void ApplyDispatchDefaults(TaskItem task, ParsedDocument doc, Deadline? rollout)
    {
        if (task.Lead.Count == 0) task.Lead = [.. doc.Addressees];
        if (task.Timeframe.Kind is null && rollout is not null)
        {
            var colon = rollout.Text.IndexOf(':');
            var text = (colon >= 0 ? rollout.Text[(colon + 1)..] : rollout.Text).Trim();
            task.Timeframe = new Timeframe("by-date", text, rollout.Due);
        }
    }
}
