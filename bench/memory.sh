#!/usr/bin/env bash
# Peak resident memory of `pix2midi render` on 1-minute and 10-minute 1080p H.264 videos,
# with `ffmpeg` decoding the same files as the peer. Prints a Markdown table; writes
# $BENCH_DIR/memory.csv (video, minutes, tool, peak RSS in KiB).
# Usage: bench/memory.sh
#   PIX2MIDI="dotnet path/to/pix2midi.dll" uses that build instead of the tool as installed (bench/install-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in ffmpeg dotnet /usr/bin/time; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
for minutes in 1 10; do
  out="$work/pattern-1080p-${minutes}min.mp4"
  [ -f "$out" ] || ffmpeg -v error -y -f lavfi -i "testsrc2=size=1920x1080:rate=30" -t $((minutes * 60)) -c:v libx264 -preset ultrafast -crf 28 -pix_fmt yuv420p "$out"
done
if [ -z "${PIX2MIDI:-}" ]; then
  PIX2MIDI=$(bench/install-tool.sh) || exit 1
fi
tool=$PIX2MIDI
csv="$work/memory.csv"
echo "video,minutes,tool,peak_rss_kib" >"$csv"
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; } # KiB
echo "| video | pix2midi render peak RSS | ffmpeg decode peak RSS |"
echo "|---|---|---|"
for minutes in 1 10; do
  video="$work/pattern-1080p-${minutes}min.mp4"
  r=$(peak $tool render "$video" -o "$work/out.mid" --no-progress)
  f=$(peak ffmpeg -v error -i "$video" -f null -)
  printf 'pattern-1080p,%s,pix2midi,%d\npattern-1080p,%s,ffmpeg,%d\n' "$minutes" "$r" "$minutes" "$f" >>"$csv"
  printf '| 1080p, %s min | %d MB | %d MB |\n' "$minutes" $((r / 1024)) $((f / 1024))
done
