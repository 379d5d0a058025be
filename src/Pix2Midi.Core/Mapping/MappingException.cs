namespace Pix2Midi.Core.Mapping;

/// <summary>A mapping file that cannot be used, with every problem found in it.</summary>
/// <remarks>Each problem prints as one line; <see cref="Exception.Message"/> joins them.</remarks>
public sealed class MappingException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public MappingException(IReadOnlyList<MappingProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public MappingException(string message)
        : this([new MappingProblem("mapping", 0, 0, string.Empty, message)])
    {
    }

    /// <summary>Creates the exception with no problems listed.</summary>
    public MappingException()
        : this([])
    {
    }

    /// <summary>Creates the exception for a single problem with its cause.</summary>
    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new MappingProblem("mapping", 0, 0, string.Empty, message)];
    }

    /// <summary>Every problem, in file order.</summary>
    public IReadOnlyList<MappingProblem> Problems { get; }
}
