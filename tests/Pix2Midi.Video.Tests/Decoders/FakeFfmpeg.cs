namespace Pix2Midi.Video.Tests.Decoders;

/// <summary>
/// Shell scripts that stand in for an <c>ffmpeg</c> program that cannot run here: one that answers
/// <c>-version</c> as the npm registry's 2018 Windows build does (no release number, libavutil 56)
/// and refuses <c>-fps_mode</c> as that build does, and otherwise runs the real <c>ffmpeg</c>; one
/// that refuses every command. Each records its arguments, one call a line.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static class FakeFfmpeg
{
    /// <summary>What FFmpeg 4.x prints for an option it does not know, at <c>-loglevel repeat+level+info</c>.</summary>
    public const string Refusal = "printf '[error] Unrecognized option '\\''%s'\\''.\\n[fatal] Error splitting the argument list: Option not found\\n' \"$1\" >&2; exit 1";

    /// <summary>Writes the 2018-like <c>ffmpeg</c> into <paramref name="folder"/>.</summary>
    /// <returns>Its path; its calls go to <c>calls.txt</c> beside it.</returns>
    public static string Old(string folder, string realFfmpeg) => Write(folder, $$"""
        #!/bin/sh
        echo "$*" >> '{{folder}}/calls.txt'
        case " $* " in
          *" -version "*)
            printf 'ffmpeg version N-92722-gf22fcd4483 Copyright (c) 2000-2018 the FFmpeg developers\r\n'
            printf 'libavutil      56. 24.101 / 56. 24.101\r\n'
            exit 0;;
          *" -fps_mode "*) set -- fps_mode; {{Refusal}};;
        esac
        exec '{{realFfmpeg}}' "$@"
        """);

    /// <summary>Writes an <c>ffmpeg</c> that knows no option of Pix2Midi's: it refuses <c>-copyts</c>.</summary>
    public static string Refusing(string folder) => Write(folder, $$"""
        #!/bin/sh
        echo "$*" >> '{{folder}}/calls.txt'
        case " $* " in
          *" -version "*) printf 'ffmpeg version 3.0 Copyright\n'; exit 0;;
        esac
        set -- copyts; {{Refusal}}
        """);

    private static string Write(string folder, string script)
    {
        var path = Path.Combine(folder, "ffmpeg");
        File.WriteAllText(path, script.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
