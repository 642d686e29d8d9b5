namespace CareerGuide.Web.ContentServing;

/// <summary>Finds the content folder: the server and the editor commands look in the same places.</summary>
public static class ContentFolder
{
    /// <summary>
    /// An absolute path is used as it is; a relative one is looked for in the working directory and each
    /// folder above it, then beside the app. When none exists, the path under the working directory.
    /// </summary>
    public static string Resolve(string root) => Resolve(root, Directory.GetCurrentDirectory());

    /// <summary>As <see cref="Resolve(string)"/>, searching upwards from <paramref name="workingDirectory"/>.</summary>
    public static string Resolve(string root, string workingDirectory)
    {
        if (Path.IsPathRooted(root)) return root;
        foreach (var start in new[] { workingDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, root);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return Path.GetFullPath(root, workingDirectory);
    }
}
