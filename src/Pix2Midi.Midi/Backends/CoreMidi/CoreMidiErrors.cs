using System.Globalization;
using Pix2Midi.Midi.Outputs;
using static Pix2Midi.Midi.Interop.CoreMidi;

namespace Pix2Midi.Midi.Backends.CoreMidi;

/// <summary>Turns CoreMIDI OSStatus codes into one <see cref="MidiOutputException"/> with words a musician understands.</summary>
internal static class CoreMidiErrors
{
    /// <summary>What a status means for the port, and what to do about it.</summary>
    /// <param name="status">The OSStatus.</param>
    /// <param name="port">The port's (or client's) name, as the user knows it.</param>
    /// <param name="action">What Pix2Midi was doing, as a verb: "open", "send to", "create".</param>
    public static string Describe(int status, string port, string action)
    {
        var code = status.ToString(CultureInfo.InvariantCulture);
        var text = (MidiStatus)status switch
        {
            MidiStatus.InvalidClient => "macOS's MIDI server no longer knows Pix2Midi (it may have restarted): start Pix2Midi again.",
            MidiStatus.InvalidPort => $"Pix2Midi's connection to “{port}” was closed (the MIDI server may have restarted): start Pix2Midi again.",
            MidiStatus.WrongEndpointType => $"“{port}” is a MIDI input, not an output: choose a destination (`pix2midi ports` lists them).",
            MidiStatus.NoConnection => $"“{port}” is not connected.",
            MidiStatus.UnknownEndpoint or MidiStatus.ObjectNotFound => $"“{port}” is no longer there (was the device unplugged, or the IAC bus or virtual port removed?).",
            MidiStatus.UnknownProperty or MidiStatus.WrongPropertyType => $"“{port}” did not answer when asked for its name or ID.",
            MidiStatus.NoCurrentSetup or MidiStatus.SetupFormatError => "macOS has no usable MIDI setup: open Audio MIDI Setup (Applications › Utilities) once, then try again.",
            MidiStatus.MessageSendError => $"Pix2Midi lost contact with macOS's MIDI server while trying to {action} “{port}”: try again (if it repeats, log out and back in).",
            MidiStatus.ServerStartError => "macOS's MIDI server did not start: open Audio MIDI Setup to check that MIDI works, or restart the Mac.",
            MidiStatus.WrongThread => "CoreMIDI was called from the wrong thread (a Pix2Midi bug: please report it).",
            MidiStatus.IdNotUnique => $"Another MIDI port already uses the ID Pix2Midi wanted for “{port}”.",
            MidiStatus.NotPermitted => $"macOS did not allow Pix2Midi to {action} “{port}” (check System Settings › Privacy & Security).",
            _ => null,
        };
        return text is null
            ? $"CoreMIDI could not {action} “{port}” (OSStatus {code})."
            : $"{text} (CoreMIDI error {code})";
    }

    /// <summary>The exception for a failed call.</summary>
    public static MidiOutputException Exception(int status, string port, string action) =>
        new(Describe(status, port, action)) { NativeCode = status };
}
