#!/usr/bin/env bash
# Every benchmark in one go, then the plots in docs/images. The tables go to the terminal and
# to $BENCH_DIR/results.md (with the machine they were measured on), the CSV files the plots are
# drawn from to $BENCH_DIR (default /tmp/pix2midi-bench).
# Usage: bench/run-all.sh [--quick] [STEP...]
#   STEP: render, frame, jack, live, memory, sound, synth, plots (default: all of them, in that order).
#   --quick: one render run, 18 s JACK runs, 20 s live and synth runs and BenchmarkDotNet's short job:
#            to try the suite out, not for the figures in docs/benchmarks.md.
# Takes about 35 minutes in full (the live runs alone 8 × 60 s, the synth runs 4 × 60 s); run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DIR=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$BENCH_DIR"
quick=false
steps=()
for arg in "$@"; do
  case $arg in
    --quick) quick=true ;;
    render | frame | jack | live | memory | sound | synth | plots) steps+=("$arg") ;;
    *) echo "bench: unknown argument \"$arg\"; allowed: --quick, render, frame, jack, live, memory, sound, synth, plots" >&2; exit 2 ;;
  esac
done
[ ${#steps[@]} -gt 0 ] || steps=(render frame jack live memory sound synth plots)
if $quick; then render_runs=1 jack_seconds=18 live_seconds=20 synth_seconds=20 job=(--job short); else render_runs=3 jack_seconds=60 live_seconds=60 synth_seconds=60 job=(); fi

# The tool installed once, as users install it, for every script (unless PIX2MIDI names a build already).
if [ -z "${PIX2MIDI:-}" ]; then
  PIX2MIDI=$(bench/install-tool.sh) || exit 1
fi
export PIX2MIDI

results="$BENCH_DIR/results.md"
{
  echo "# Pix2Midi benchmarks, $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Machine: $(nproc) CPUs ($(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/^Mem:/ { print $2 }') GiB," \
    "$(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version), $(ffmpeg -version | head -1 | cut -d' ' -f1-3);" \
    "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee "$results"

section() { # title command
  printf '\n## %s\n\n`%s`\n\n' "$1" "$2" | tee -a "$results"
}

failed=()
for step in "${steps[@]}"; do
  case $step in
    render)
      section "Render throughput against decode" "bench/render-vs-decode.sh $render_runs"
      bench/render-vs-decode.sh "$render_runs" | tee -a "$results" || failed+=("$step") ;;
    frame)
      section "Per-frame cost of sampling + mapping" "dotnet run -c Release --project bench/Pix2Midi.Benchmarks -- --filter '*' ${job[*]}"
      if dotnet run -c Release --project bench/Pix2Midi.Benchmarks -- --filter '*' "${job[@]}" --artifacts "$BENCH_DIR/benchmarkdotnet" >"$BENCH_DIR/benchmarkdotnet.log" 2>&1; then
        cat "$BENCH_DIR"/benchmarkdotnet/results/*-report-github.md | tee -a "$results"
      else
        tail -20 "$BENCH_DIR/benchmarkdotnet.log" >&2; failed+=("$step")
      fi ;;
    jack)
      section "Real-time precision through JACK" "bench/jack-precision.sh $jack_seconds"
      bench/jack-precision.sh "$jack_seconds" | tee -a "$results" || failed+=("$step")
      section "MIDI clock jitter through JACK" "bench/clock-jitter.sh $jack_seconds"
      bench/clock-jitter.sh "$jack_seconds" | tee -a "$results" || failed+=("$step") ;;
    live)
      section "Live latency" "bench/live-latency.sh $live_seconds"
      bench/live-latency.sh "$live_seconds" | tee -a "$results" || failed+=("$step") ;;
    memory)
      section "Memory" "bench/memory.sh"
      bench/memory.sh | tee -a "$results" || failed+=("$step") ;;
    sound)
      section "Sound" "bench/sound.sh"
      bench/sound.sh | tee -a "$results" || failed+=("$step") ;;
    synth)
      section "run --synth latency" "bench/synth-latency.sh $synth_seconds"
      bench/synth-latency.sh "$synth_seconds" | tee -a "$results" || failed+=("$step") ;;
    plots)
      section "Plots" "dotnet run -c Release --project bench/Pix2Midi.BenchPlots -- --bench-dir $BENCH_DIR --out docs/images"
      dotnet run -c Release --project bench/Pix2Midi.BenchPlots -- --bench-dir "$BENCH_DIR" --out docs/images | tee -a "$results" || failed+=("$step") ;;
  esac
done

echo
echo "Tables in $results; CSV files in $BENCH_DIR."
if [ ${#failed[@]} -gt 0 ]; then
  echo "bench: these steps failed: ${failed[*]}" >&2
  exit 1
fi
