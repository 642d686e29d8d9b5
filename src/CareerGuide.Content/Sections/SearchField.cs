namespace CareerGuide.Content.Sections;

/// <summary>Parts of a section that search weighs above its ordinary text.</summary>
internal enum SearchField
{
    /// <summary>A job title people search for.</summary>
    JobTitle,
    /// <summary>An industry the work is done in.</summary>
    Industry,
    /// <summary>A skill named in the snapshot (weighed just below a rated one, so skill searches land on Skills).</summary>
    TopSkill,
    /// <summary>A rated skill.</summary>
    Skill,
    /// <summary>A program of study that leads to the work ("Registered Nursing"): weighed like a job title.</summary>
    Program,
}
