#!/usr/bin/env bash
# MIDI clock jitter through JACK: `run --clock` of the calibration video (looped to 30 s; its
# mapping plays at 120 BPM, so a Timing Clock is due every 1/48 s: exactly 1,000 frames at 48 kHz)
# to jack_midi_dump on a JACK server with the dummy driver (48 kHz, 256-frame periods), idle and
# again with two busy processes loading both cores. For the pulses: how many arrived, how many
# were not exactly 1,000 frames after the one before, the largest such error in frames, and how many
# of those errors were whole periods (the receiver losing count of periods across an xrun, which
# jackd logs). As the peer in the same run, the notes: each note-on's error against its ideal frame
# (its video time × 48000 from the --record file, plus the median offset over the notes, as
# jack-precision.sh), the same schedule the pulses ride on; and Start's frame against that origin
# (0: the clock starts exactly at the video's time 0). Prints a Markdown table; keeps each run's dump in $BENCH_DIR/clock-dump-<load>.txt.
# Usage: bench/clock-jitter.sh [seconds=30]   (a multiple of the calibration video's 6 s)
#   PIX2MIDI="dotnet path/to/pix2midi.dll" uses that build instead of the tool as installed (bench/install-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in jackd jack_midi_dump jack_lsp ffmpeg dotnet midicsv jq; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
seconds=${1:-30}
loops=$(( (seconds + 5) / 6 ))
video="$work/calibration-$((loops * 6))s.mp4"
[ -f "$video" ] || ffmpeg -v error -y -stream_loop $((loops - 1)) -i sample-videos/calibration.mp4 -c copy "$video"
. bench/lib.sh  # bench_tool, stop and wait_until; stops what it started on the way out
bench_tool
export JACK_NO_AUDIO_RESERVATION=1 JACK_DEFAULT_SERVER=pix2midi-clock-bench

measure() { # label load (idle|loaded)
  local jackd_log="$work/clock-jackd-$2.log" dump_file="$work/clock-dump-$2.txt"
  jackd -n pix2midi-clock-bench -R -d dummy -r 48000 -p 256 >"$jackd_log" 2>&1 &
  local jack=$!
  started+=("$jack")
  wait_until 10 jack_lsp >/dev/null 2>&1 || { echo "bench: jackd did not start" >&2; cat "$jackd_log" >&2; exit 1; }
  jack_midi_dump -a clock-monitor >"$dump_file" 2>&1 &
  local dump=$!
  started+=("$dump")
  wait_until 10 sh -c 'jack_lsp | grep -q "^clock-monitor:input$"' || { echo "bench: jack_midi_dump did not start" >&2; exit 1; }
  local loaders=()
  if [ "$2" = loaded ]; then for _ in 1 2; do (while :; do :; done) & loaders+=($!); started+=($!); done; fi
  $tool run "$video" -m calibration --clock --port jack:clock-monitor:input --record "$work/clock-played.mid" --stats "$work/clock-stats-$2.json" --no-status >/dev/null
  for p in "${loaders[@]}"; do stop "$p"; done
  sleep 0.3
  stop "$dump" INT
  stop "$jack"
  local start pulses off worst whole xruns late notes notes_off notes_worst
  start=$(grep -m1 -E '^ *[0-9]+: fa' "$dump_file" | awk -F: '{print $1+0}')
  grep -E '^ *[0-9]+: f8' "$dump_file" | awk -F: '{print $1+0}' >"$work/clock-pulses.txt"
  pulses=$(wc -l <"$work/clock-pulses.txt")
  read -r off worst whole < <(awk 'NR > 1 { e = $1 - p - 1000; if (e != 0) { n++; a = e < 0 ? -e : e; if (a > w) w = a; if (e % 256 == 0) k++ } } { p = $1 }
    END { print n + 0, w + 0, k + 0 }' "$work/clock-pulses.txt")
  # The peer: the notes, on the same schedule (PPQ 960 at 120 BPM: 1920 ticks a second; 25 frames a tick at 48 kHz).
  grep -E '^ *[0-9]+: 90 ' "$dump_file" | awk -F: '{print $1+0}' >"$work/clock-note-frames.txt"
  midicsv "$work/clock-played.mid" | awk -F', ' '$3=="Note_on_c" {print $2}' >"$work/clock-note-ticks.txt"
  # The notes' origin is the median offset between their frames and video times (one late note cannot move it), as in jack-precision.sh.
  local origin
  origin=$(paste "$work/clock-note-frames.txt" "$work/clock-note-ticks.txt" | awk '{ print $1 - $2 * 25 }' | sort -n | awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : 0 }')
  read -r notes notes_off notes_worst < <(paste "$work/clock-note-frames.txt" "$work/clock-note-ticks.txt" |
    awk -v s="$origin" '{ e = $1 - (s + $2 * 25); n++; if (e != 0) { k++; a = e < 0 ? -e : e; if (a > w) w = a } } END { print n + 0, k + 0, w + 0 }')
  start=$((start - origin))
  xruns=$(grep -c 'XRun' "$jackd_log" || true)
  late=$(jq '[.outputs[].late] | add // 0' "$work/clock-stats-$2.json")
  printf '| %s | %d | %d | %d | %d | %d | %d | %d | %d | %s | %d |\n' "$1" "$pulses" "$off" "$worst" "$whole" "$start" "$notes" "$notes_off" "$notes_worst" "$late" "$xruns"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "| run --clock ($((loops * 6)) s, 120 BPM, 48 kHz, 256-frame periods) | pulses | pulses not 1,000 frames after the one before | largest error (frames) | of those, whole periods (receiver lost count) | Start's frame against the notes' origin | notes (peer) | notes off their frame | largest (frames) | handed over late (Pix2Midi's count) | jackd xruns |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
measure "idle machine" idle
measure "both cores loaded by two busy loops" loaded
echo
echo "(load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; dumps in $work/clock-dump-*.txt)"
