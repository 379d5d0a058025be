namespace Pix2Midi.Midi.Outputs;

/// <summary>
/// Turns what the user typed (<c>--port</c>, <c>--virtual</c>, or nothing) into the outputs to
/// open, across every backend of this OS.
/// </summary>
/// <remarks>
/// Ports are matched by name, never by index (indices change after a reboot): case-insensitive,
/// exact name first, then a unique part of a name. A prefix such as <c>jack:</c> or
/// <c>winmm:</c> limits the search to one backend. No match, or several, is an error that lists
/// the ports there are. With nothing named: the one obvious port if there is exactly one, else a
/// virtual port where the OS allows it, else the console monitor with a hint. <c>--port console</c>
/// asks for the console monitor by name, next to other ports or alone.
/// </remarks>
public static class PortSelector
{
    /// <summary>The virtual port's name when <c>--virtual</c> is given without one.</summary>
    public const string DefaultVirtualName = "Pix2Midi";

    /// <summary>The <c>--port</c> name of the console monitor: notes shown in the terminal.</summary>
    public const string ConsoleName = "console";

    /// <summary>The synth every Windows machine lists: played only when it is the one output there is.</summary>
    private const string WindowsSynth = "Microsoft GS Wavetable Synth";

    /// <summary>Ports every machine has that nobody means by "the" port: OS synths and loopbacks.</summary>
    private static readonly string[] NotObvious = [WindowsSynth, "Midi Through"];

    /// <summary>Decides what to open.</summary>
    /// <param name="backends">This OS's backends.</param>
    /// <param name="requested">The <c>--port</c> values, in order.</param>
    /// <param name="virtualName">The <c>--virtual</c> name: null when not asked for, empty for the default name.</param>
    /// <exception cref="MidiOutputException">A name matches nothing or several ports, or no backend can make a virtual port.</exception>
    public static PortChoice Choose(IReadOnlyList<IMidiBackend> backends, IReadOnlyList<string> requested, string? virtualName)
    {
        ArgumentNullException.ThrowIfNull(backends);
        ArgumentNullException.ThrowIfNull(requested);
        // Each backend is asked once: a probe opens a client (JACK tells every other client about
        // it), and one that does not answer costs its whole time limit.
        var statuses = backends.ToDictionary(b => b, b => b.Probe());
        var available = backends.Where(b => statuses[b].Available).ToList();
        var ports = new List<(IMidiBackend, MidiPortInfo)>();
        var console = false;
        foreach (var name in requested)
        {
            if (IsConsole(name))
            {
                console = true;
                continue;
            }

            ports.Add(Resolve(backends, statuses, available, name));
        }

        IMidiBackend? virtualBackend = null;
        var virtualPortName = string.IsNullOrWhiteSpace(virtualName) ? DefaultVirtualName : virtualName.Trim();
        if (virtualName is not null)
        {
            virtualBackend = available.FirstOrDefault(b => b.CanCreateVirtual)
                ?? throw new MidiOutputException(NoVirtual(backends, statuses));
        }

        if (requested.Count > 0 || virtualName is not null)
        {
            return new PortChoice(ports, virtualBackend, virtualPortName, console, Note: null);
        }

        var all = available.SelectMany(b => List(b).Select(p => (Backend: b, Port: p))).ToList();
        var obvious = all.Where(p => !NotObvious.Any(n => p.Port.Name.StartsWith(n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (obvious.Count == 1)
        {
            return new PortChoice([obvious[0]], null, virtualPortName, false, $"Playing to {obvious[0].Port.QualifiedName}, the only MIDI output here (choose another with --port; `pix2midi ports` lists them).");
        }

        // Windows without loopMIDI: its own synth is the one port that makes a sound.
        if (obvious.Count == 0
            && all.Where(p => p.Port.Name.StartsWith(WindowsSynth, StringComparison.OrdinalIgnoreCase)).ToList() is [var synth]
            && Advice(synth.Backend, all.Where(p => p.Backend == synth.Backend).Select(p => p.Port).ToList()) is { } toDaw)
        {
            return new PortChoice([synth], null, virtualPortName, false, $"Playing to {synth.Port.QualifiedName}, Windows' own synth, the only MIDI output here. {toDaw}");
        }

        if (available.FirstOrDefault(b => b.CanCreateVirtual) is { } maker)
        {
            var why = obvious.Count == 0 ? "No MIDI output found" : $"{obvious.Count} MIDI outputs found ({string.Join(", ", obvious.Select(p => p.Port.QualifiedName))}); pick one with --port";
            return new PortChoice([], maker, virtualPortName, false, $"{why}: created the virtual port {maker.Name}:{virtualPortName}; connect your synth or DAW to it.");
        }

        var hint = obvious.Count == 0
            ? "No MIDI port found, so the notes are shown here. " + (Advice(available, all.Select(p => p.Port).ToList())
                ?? "To play a synth or DAW, connect a MIDI port (README: \"Connecting a MIDI port\") and pass --port NAME.")
            : $"{obvious.Count} MIDI outputs found ({string.Join(", ", obvious.Select(p => p.Port.QualifiedName))}), so the notes are shown here; pick one with --port NAME.";
        return new PortChoice([], null, virtualPortName, Console: true, hint);
    }

    /// <summary>
    /// The advice of <paramref name="backend"/> for a machine where it lists no output a DAW can
    /// listen to (none, or only an OS synth such as the Microsoft GS Wavetable Synth); else null.
    /// </summary>
    public static string? Advice(IMidiBackend backend, IReadOnlyList<MidiPortInfo> ports)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(ports);
        return ports.Any(p => !NotObvious.Any(n => p.Name.StartsWith(n, StringComparison.OrdinalIgnoreCase))) ? null : backend.NoOutputsAdvice;
    }

    /// <summary>The first advice of <paramref name="backends"/> (see <see cref="Advice(IMidiBackend, IReadOnlyList{MidiPortInfo})"/>) given every port they list.</summary>
    private static string? Advice(IEnumerable<IMidiBackend> backends, IReadOnlyList<MidiPortInfo> ports) =>
        backends.Select(b => Advice(b, ports.Where(p => p.Backend == b.Name).ToList())).FirstOrDefault(a => a is not null);

    private static bool IsConsole(string requested) =>
        requested.Trim() is var name && (name.Equals(ConsoleName, StringComparison.OrdinalIgnoreCase) || name.Equals(ConsoleName + ":monitor", StringComparison.OrdinalIgnoreCase));

    private static (IMidiBackend, MidiPortInfo) Resolve(IReadOnlyList<IMidiBackend> backends, Dictionary<IMidiBackend, BackendStatus> statuses, List<IMidiBackend> available, string requested)
    {
        var text = requested.Trim();
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var searched = available;
        if (colon > 0 && backends.FirstOrDefault(b => b.Name.Equals(text[..colon], StringComparison.OrdinalIgnoreCase)) is { } named)
        {
            var status = statuses[named];
            if (!status.Available)
            {
                throw new MidiOutputException($"--port {requested}: {named.Name} is not available here: {status.Reason}");
            }

            searched = [named];
            text = text[(colon + 1)..];
        }

        var candidates = searched.SelectMany(b => List(b).Select(p => (Backend: b, Port: p))).ToList();
        var exact = candidates.Where(c => c.Port.Name.Equals(text, StringComparison.OrdinalIgnoreCase) || c.Port.QualifiedName.Equals(text, StringComparison.OrdinalIgnoreCase)).ToList();
        var matches = exact.Count > 0 ? exact : candidates.Where(c => c.Port.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new MidiOutputException($"--port {requested}: no MIDI output has that name. {Listing(backends, statuses, available)}"
                + (Advice(searched, candidates.Select(c => c.Port).ToList()) is { } advice ? " " + advice : string.Empty)),
            _ => throw new MidiOutputException($"--port {requested}: {matches.Count} outputs match ({string.Join(", ", matches.Select(m => m.Port.QualifiedName))}); give more of the name or a backend prefix such as {matches[0].Backend.Name}:"),
        };
    }

    /// <summary>"There are: …" with every port, or why there are none.</summary>
    private static string Listing(IReadOnlyList<IMidiBackend> backends, Dictionary<IMidiBackend, BackendStatus> statuses, List<IMidiBackend> available)
    {
        var ports = available.SelectMany(List).Select(p => p.QualifiedName).ToList();
        if (ports.Count > 0)
        {
            return $"There are: {string.Join(", ", ports)}.";
        }

        var reasons = backends.Select(b => (b.Name, Status: statuses[b])).Select(s => s.Status.Available ? $"{s.Name}: no outputs" : $"{s.Name}: {s.Status.Reason}");
        return $"There are no MIDI outputs here ({string.Join("; ", reasons)}).";
    }

    private static string NoVirtual(IReadOnlyList<IMidiBackend> backends, Dictionary<IMidiBackend, BackendStatus> statuses)
    {
        var makers = backends.Where(b => b.CanCreateVirtual).ToList();
        if (makers.Count == 0)
        {
            // WinMM: its own message explains loopMIDI.
            try
            {
                backends.FirstOrDefault()?.CreateVirtual(DefaultVirtualName).Dispose();
            }
            catch (MidiOutputException e)
            {
                return "--virtual: " + e.Message;
            }

            return "--virtual: this OS cannot create MIDI ports by itself.";
        }

        return "--virtual: no backend that makes virtual ports is available (" + string.Join("; ", makers.Select(b => $"{b.Name}: {statuses[b].Reason}")) + ").";
    }

    private static IReadOnlyList<MidiPortInfo> List(IMidiBackend backend)
    {
        try
        {
            return backend.ListOutputs();
        }
        catch (MidiOutputException)
        {
            return [];
        }
    }
}
