namespace CareerGuide.Import;

/// <summary>
/// A data file that cannot be imported as it is: missing, or without a sheet or column the import needs.
/// Its message names the file and what is missing; nothing is written when one is thrown.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>A problem with <paramref name="file"/>.</summary>
    public ImportException(string file, string message) : base($"{file}: {message}") => File = file;

    /// <summary>The file at fault.</summary>
    public string File { get; }
}
