#!/usr/bin/env bash
# Real-time precision through JACK: a 60 s run of the calibration video (looped ten times) to
# jack_midi_dump on a JACK server with the dummy driver (48 kHz, 256-frame periods). For every
# note, the error between the sample frame it arrived on and its ideal frame (the first note's
# frame + its video time × 48000) is reported as p50 / p99 / max in ms, idle and again with two
# busy processes loading both cores. Prints a Markdown table.
# Usage: bench/jack-precision.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in jackd jack_midi_dump ffmpeg dotnet midicsv; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
video="$work/calibration-60s.mp4"
[ -f "$video" ] || ffmpeg -v error -y -stream_loop 9 -i sample-videos/calibration.mp4 -c copy "$video"
dotnet build src/Pix2Midi.Cli -c Release -v q -nologo >/dev/null
tool="dotnet src/Pix2Midi.Cli/bin/Release/net10.0/pix2midi.dll"
export JACK_NO_AUDIO_RESERVATION=1 JACK_DEFAULT_SERVER=pix2midi-bench

measure() { # label load
  jackd -n pix2midi-bench -R -d dummy -r 48000 -p 256 >"$work/jackd.log" 2>&1 &
  local jack=$!
  sleep 1.5
  jack_midi_dump -a bench-monitor >"$work/dump.txt" 2>&1 &
  local dump=$!
  sleep 0.5
  local loaders=()
  if [ "$2" = loaded ]; then for _ in 1 2; do (while :; do :; done) & loaders+=($!); done; fi
  $tool run "$video" -m calibration --port jack:bench-monitor:input --record "$work/played.mid" --no-status >/dev/null
  for p in "${loaders[@]}"; do kill "$p"; done
  sleep 0.3; kill -INT "$dump"; wait "$dump" 2>/dev/null || true
  kill "$jack"; wait "$jack" 2>/dev/null || true
  # Delivered frames of the note-ons, and their ideal times from the record (PPQ 960 at 120 BPM: 1920 ticks a second).
  grep -E '^ *[0-9]+: 90 ' "$work/dump.txt" | awk -F: '{print $1+0}' >"$work/frames.txt"
  midicsv "$work/played.mid" | awk -F', ' '$3=="Note_on_c" {print $2}' >"$work/ticks.txt"
  paste "$work/frames.txt" "$work/ticks.txt" | awk -v label="$1" '
    NR == 1 { f0 = $1; t0 = $2 }
    { ideal = f0 + ($2 - t0) * 48000 / 1920; e = $1 - ideal; if (e < 0) e = -e; print e / 48 }' | sort -n >"$work/errors.txt"
  awk -v label="$1" '{ a[NR] = $1 } END {
      p50 = a[int(NR * 0.5) > 0 ? int(NR * 0.5) : 1]; p99 = a[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1]
      printf "| %s | %d | %.3f ms | %.3f ms | %.3f ms |\n", label, NR, p50, p99, a[NR] }' "$work/errors.txt"
}
echo "| run (60 s, 48 kHz, 256-frame periods) | notes | error p50 | error p99 | error max |"
echo "|---|---|---|---|---|"
measure "idle machine" idle
measure "both cores loaded by two busy loops" loaded
