using CareerGuide.Content.Model;

namespace CareerGuide.Content.Sections;

/// <summary>One timestamped passage of the audio guide.</summary>
/// <param name="At">Offset from the start of the audio.</param>
/// <param name="Text">What is said from then on.</param>
public sealed record TranscriptLine(TimeSpan At, string Text);

/// <summary>16 Audio guide transcript.</summary>
/// <param name="Lines">Passages in time order.</param>
/// <param name="Audio">The audio file's site-relative path, when there is one.</param>
public sealed record TranscriptSection(IReadOnlyList<TranscriptLine> Lines, string? Audio) : GuideSection(SectionKind.Transcript)
{
    /// <summary>True when the site has the audio file, checked when the content was loaded: only then is a player offered.</summary>
    public bool AudioAvailable { get; init; }
}
