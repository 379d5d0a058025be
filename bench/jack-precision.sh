#!/usr/bin/env bash
# Real-time precision through JACK: a 60 s run of the calibration video (looped ten times) to
# jack_midi_dump on a JACK server with the dummy driver (48 kHz, 256-frame periods). For every
# note, the error between the sample frame it arrived on and its ideal frame (its video time ×
# 48000 + the run's median offset between the two clocks) is reported as p50 / p99 / max in ms,
# idle and again with two busy processes loading both cores: inside the period (where Pix2Midi
# placed it) and as received (whole periods the receiver lost count of included), with
# Pix2Midi's own count of messages handed over too late (--stats). Prints a Markdown table; writes
# every note's error to $BENCH_DIR/jack-precision.csv (load, note, delivered and ideal frame,
# signed error).
# Usage: bench/jack-precision.sh [seconds=60]   (a multiple of the calibration video's 6 s)
#   PIX2MIDI="dotnet path/to/pix2midi.dll" uses that build instead of the tool as installed (bench/install-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in jackd jack_midi_dump jack_lsp ffmpeg dotnet midicsv jq; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
seconds=${1:-60}
loops=$(( (seconds + 5) / 6 ))
video="$work/calibration-$((loops * 6))s.mp4"
[ -f "$video" ] || ffmpeg -v error -y -stream_loop $((loops - 1)) -i sample-videos/calibration.mp4 -c copy "$video"
. bench/lib.sh  # bench_tool, stop and wait_until; stops what it started on the way out
bench_tool
csv="$work/jack-precision.csv"
export JACK_NO_AUDIO_RESERVATION=1 JACK_DEFAULT_SERVER=pix2midi-bench

measure() { # label load (idle|loaded)
  local jackd_log="$work/jackd-$2.log"
  jackd -n pix2midi-bench -R -d dummy -r 48000 -p 256 >"$jackd_log" 2>&1 &
  local jack=$!
  started+=("$jack")
  wait_until 10 jack_lsp >/dev/null 2>&1 || { echo "bench: jackd did not start" >&2; cat "$jackd_log" >&2; exit 1; }
  jack_midi_dump -a bench-monitor >"$work/dump.txt" 2>&1 &
  local dump=$!
  started+=("$dump")
  wait_until 10 sh -c 'jack_lsp | grep -q "^bench-monitor:input$"' || { echo "bench: jack_midi_dump did not start" >&2; exit 1; }
  local loaders=()
  if [ "$2" = loaded ]; then for _ in 1 2; do (while :; do :; done) & loaders+=($!); started+=($!); done; fi
  $tool run "$video" -m calibration --port jack:bench-monitor:input --record "$work/played.mid" --stats "$work/jack-stats-$2.json" --no-status >/dev/null
  for p in "${loaders[@]}"; do stop "$p"; done
  sleep 0.3
  stop "$dump" INT
  stop "$jack"
  # Delivered frames of the note-ons, and their ideal times from the record (PPQ 960 at 120 BPM: 1920 ticks a second).
  grep -E '^ *[0-9]+: 90 ' "$work/dump.txt" | awk -F: '{print $1+0}' >"$work/frames.txt"
  midicsv "$work/played.mid" | awk -F', ' '$3=="Note_on_c" {print $2}' >"$work/ticks.txt"
  # The ideal frame is the note's video time × 48000 plus the run's offset between video time and
  # JACK frames, taken as the median over the notes: one late note (the first one, say) cannot
  # shift the others.
  local offset
  offset=$(paste "$work/frames.txt" "$work/ticks.txt" | awk '{ print $1 - $2 * 48000 / 1920 }' | sort -n |
    awk '{ a[NR] = $1 } END { print NR ? a[int((NR + 1) / 2)] : 0 }')
  paste "$work/frames.txt" "$work/ticks.txt" | awk -v load="$2" -v csv="$csv" -v offset="$offset" '
    { ideal = offset + $2 * 48000 / 1920; e = $1 - ideal
      printf "%s,%d,%d,%d,%d,%.4f\n", load, NR, $1, ideal, e, e / 48 >>csv
      if (e < 0) e = -e; print e / 48 }' | sort -n >"$work/errors.txt"
  # A note off by a whole number of periods, exact inside its period, is the receiver having lost
  # count of periods (jack_midi_dump adds up the periods it ran, not JACK's frame clock), which
  # jackd reports as xruns. Pix2Midi cannot cause it: a message it hands over too late goes out at
  # the start of the period, not on its frame, and its JACK output counts it (`late` in --stats).
  # So the error inside the period (folded to -128..127 frames) is the placement, and the
  # whole-period shifts are listed apart.
  local whole xruns late
  whole=$(awk -F, -v load="$2" '$1 == load && $5 != 0 && $5 % 256 == 0 { n++ } END { print n + 0 }' "$csv")
  xruns=$(grep -c 'XRun' "$jackd_log" || true)
  late=$(jq '[.outputs[].late] | add // 0' "$work/jack-stats-$2.json")
  awk -F, -v load="$2" '$1 == load { e = (($5 % 256) + 256 + 128) % 256 - 128; if (e < 0) e = -e; print e / 48 }' "$csv" | sort -n >"$work/placement.txt"
  # Nearest rank, as the plots and `--stats` take percentiles: the smallest error with at least that share at or below it.
  local placement
  placement=$(awk 'function rank(p,  r) { r = int(NR * p); if (r < NR * p) r++; return r < 1 ? 1 : r }
    { a[NR] = $1 } END { printf "%.3f ms | %.3f ms | %.3f ms", a[rank(0.5)], a[rank(0.99)], a[NR] }' "$work/placement.txt")
  awk -v label="$1" -v whole="$whole" -v xruns="$xruns" -v late="$late" -v placement="$placement" 'function rank(p,  r) { r = int(NR * p); if (r < NR * p) r++; return r < 1 ? 1 : r }
    { a[NR] = $1 } END {
      printf "| %s | %d | %s | %s | %d | %.3f ms | %.3f ms | %.3f ms | %d |\n", label, NR, placement, late, whole, a[rank(0.5)], a[rank(0.99)], a[NR], xruns }' "$work/errors.txt"
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load,note,delivered_frame,ideal_frame,error_frames,error_ms" >"$csv"
echo "| run ($((loops * 6)) s, 48 kHz, 256-frame periods) | notes | error in period p50 | p99 | max | handed over late (Pix2Midi's count) | notes off by whole periods at the receiver | error as received p50 | p99 | max | jackd xruns |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
measure "idle machine" idle
measure "both cores loaded by two busy loops" loaded
echo
echo "(load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; every note's error in $csv)"
