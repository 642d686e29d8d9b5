namespace CareerGuide.Content.Model;

/// <summary>
/// The seventeen kinds of guide section. The numeric value is the section's fixed number:
/// "section 05" means Skills in every guide, and a guide that omits a section never renumbers the rest.
/// </summary>
public enum SectionKind
{
    /// <summary>01: summary, titles, industries, hours, top skills.</summary>
    Snapshot = 1,
    /// <summary>02: prose.</summary>
    WhyItMatters = 2,
    /// <summary>03: a representative day as (time of day, activity).</summary>
    Day = 3,
    /// <summary>04: ordered stages with their timing.</summary>
    Pathway = 4,
    /// <summary>05: skills rated 0 to 100.</summary>
    Skills = 5,
    /// <summary>06: education routes with share, duration and cost tier.</summary>
    Education = 6,
    /// <summary>07: salary range, demand and projected growth.</summary>
    Market = 7,
    /// <summary>08: prose.</summary>
    Outlook = 8,
    /// <summary>09: statements with a threshold, a self-check.</summary>
    Fit = 9,
    /// <summary>10: pros, cons and myths.</summary>
    Tradeoffs = 10,
    /// <summary>11: an action list for high-school students.</summary>
    HighSchool = 11,
    /// <summary>12: prose.</summary>
    College = 12,
    /// <summary>13: derived from other guides.</summary>
    Similar = 13,
    /// <summary>14: the sources and when they were last verified.</summary>
    Sources = 14,
    /// <summary>15: derived from articles.</summary>
    Reading = 15,
    /// <summary>16: timestamped transcript of the audio guide.</summary>
    Transcript = 16,
    /// <summary>17: questions and answers.</summary>
    Faq = 17,
}
