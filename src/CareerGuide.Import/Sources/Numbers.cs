using System.Globalization;

namespace CareerGuide.Import.Sources;

/// <summary>Reads figures from cells as the publishers write them.</summary>
internal static class Numbers
{
    /// <summary>
    /// A number rounded to the places the publisher shows: workbooks store binary doubles
    /// (8.1999999999999993 for a published 8.2), text files store the digits themselves.
    /// Null for an empty cell or a dash (BLS's "not available").
    /// </summary>
    public static decimal? Read(object? cell, int places) => cell switch
    {
        double d => Math.Round((decimal)d, places, MidpointRounding.AwayFromZero),
        string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var m) => Math.Round(m, places, MidpointRounding.AwayFromZero),
        _ => null,
    };
}
