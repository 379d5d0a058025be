using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using OpenCvSharp;

namespace Pix2Midi.SampleVideos;

/// <summary>
/// Pipes raw BGR frames into the system ffmpeg, which encodes them as H.264 (yuv420p) in MP4.
/// The file is written under a temporary name and moved into place only when ffmpeg succeeds.
/// </summary>
public sealed class FfmpegEncoder : IDisposable
{
    private const string ProgramName = "ffmpeg";

    private readonly EncoderSettings _settings;
    private readonly string _finalPath;
    private readonly string _partialPath;
    private readonly byte[] _frameBuffer;
    private readonly StringBuilder _errorOutput = new();
    private readonly Process _process;
    private readonly Stream _input;
    private bool _finished;

    public FfmpegEncoder(string outputPath, EncoderSettings settings)
    {
        _settings = settings;
        _finalPath = Path.GetFullPath(outputPath);
        _partialPath = _finalPath + ".partial";
        _frameBuffer = new byte[settings.Width * settings.Height * 3];

        var directory = Path.GetDirectoryName(_finalPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var startInfo = new ProcessStartInfo(ProgramName)
        {
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = false,
            UseShellExecute = false,
        };
        foreach (var argument in BuildArguments())
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(startInfo) ?? throw new FfmpegMissingException();
        }
        catch (Win32Exception exception)
        {
            throw new FfmpegMissingException("ffmpeg was not found on PATH.", exception);
        }

        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errorOutput)
                {
                    _errorOutput.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
    }

    /// <summary>True when an ffmpeg program can be started from PATH.</summary>
    public static bool IsAvailable()
    {
        var startInfo = new ProcessStartInfo(ProgramName, "-hide_banner -version")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using var process = Process.Start(startInfo);
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    public void WriteFrame(Mat frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Width != _settings.Width || frame.Height != _settings.Height || frame.Type() != MatType.CV_8UC3 || !frame.IsContinuous())
        {
            throw new ArgumentException("Frame must be a continuous 8-bit BGR image of the encoder's size.", nameof(frame));
        }

        Marshal.Copy(frame.Data, _frameBuffer, 0, _frameBuffer.Length);
        try
        {
            _input.Write(_frameBuffer, 0, _frameBuffer.Length);
        }
        catch (IOException exception)
        {
            _process.WaitForExit();
            throw new InvalidOperationException("ffmpeg stopped reading frames:" + Environment.NewLine + ErrorText(), exception);
        }
    }

    /// <summary>Closes the pipe, waits for ffmpeg and moves the finished file into place.</summary>
    public void Finish()
    {
        _finished = true;
        _input.Close();
        _process.WaitForExit();
        if (_process.ExitCode != 0)
        {
            File.Delete(_partialPath);
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"ffmpeg failed with exit code {_process.ExitCode}:") + Environment.NewLine + ErrorText());
        }

        File.Move(_partialPath, _finalPath, overwrite: true);
    }

    public void Dispose()
    {
        if (!_finished)
        {
            try
            {
                _input.Close();
            }
            catch (IOException)
            {
                // ffmpeg already exited; nothing more to flush.
            }

            _process.WaitForExit();
            File.Delete(_partialPath);
        }

        _process.Dispose();
    }

    private string ErrorText()
    {
        lock (_errorOutput)
        {
            return _errorOutput.ToString();
        }
    }

    private List<string> BuildArguments()
    {
        var invariant = CultureInfo.InvariantCulture;
        var arguments = new List<string>
        {
            "-hide_banner",
            "-loglevel", "error",
            "-y",
            "-f", "rawvideo",
            "-pix_fmt", "bgr24",
            "-s", string.Create(invariant, $"{_settings.Width}x{_settings.Height}"),
            "-framerate", _settings.FramesPerSecond.ToString(invariant),
            "-i", "-",
            "-an",
            "-sws_flags", "accurate_rnd+bitexact",
            "-c:v", "libx264",
            "-pix_fmt", "yuv420p",
            "-preset", "slow",
            "-crf", _settings.ConstantRateFactor.ToString(invariant),
        };
        if (_settings.KeyframeInterval is int gop)
        {
            arguments.Add("-g");
            arguments.Add(gop.ToString(invariant));
        }

        arguments.AddRange(
        [
            "-threads", "1",
            "-map_metadata", "-1",
            "-fflags", "+bitexact",
            "-movflags", "+faststart",
            "-f", "mp4",
            _partialPath,
        ]);
        return arguments;
    }
}
