#!/usr/bin/env bash
# Render throughput against decode-only throughput, in the same run, alternating.
# Usage: bench/render-vs-decode.sh [runs=3]
# Makes 20 s H.264 clips at 720p and 1080p (busy test pattern, and the fireworks sample
# scaled), then times `ffmpeg -i V -f null -` and `pix2midi render V` alternately and prints a
# Markdown table: median wall times and the ratio decode ÷ render (1.0 = as fast as decoding).
# Every run's wall time also goes to $BENCH_DIR/render-vs-decode.csv
# (clip,width,height,tool,run,seconds; tool "ffmpeg" is decode only, "render" pix2midi).
# Last, the start-up of each on a 3-frame clip, where it is nearly all the time.
# RENDER_DECODERS="auto opencv" also times `render --decoder opencv` (tool "render-opencv"),
# each in its own table row; the default is "auto" alone.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
work=${BENCH_DIR:-/tmp/pix2midi-bench}
read -r -a decoders <<<"${RENDER_DECODERS:-auto}"
mkdir -p "$work"
for tool in ffmpeg ffprobe dotnet bc; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
for decoder in "${decoders[@]}"; do
  case $decoder in auto | ffmpeg | opencv) ;; *) echo "bench: RENDER_DECODERS: unknown decoder \"$decoder\"; allowed: auto, ffmpeg, opencv" >&2; exit 2 ;; esac
done

make_clip() { # name size source
  local out="$work/$1.mp4"
  [ -f "$out" ] && return
  if [ "$3" = pattern ]; then
    ffmpeg -v error -y -f lavfi -i "testsrc2=size=$2:rate=30" -t 20 -c:v libx264 -preset medium -crf 20 -pix_fmt yuv420p "$out"
  else
    ffmpeg -v error -y -stream_loop 1 -i sample-videos/fireworks.mp4 -t 20 -vf "scale=$2:flags=bicubic" -c:v libx264 -preset medium -crf 20 -pix_fmt yuv420p "$out"
  fi
}
make_clip pattern-720p 1280x720 pattern
make_clip pattern-1080p 1920x1080 pattern
make_clip fireworks-720p 1280x720 sample
make_clip fireworks-1080p 1920x1080 sample

# The tool as users install it (a native program on Linux, decision 0014), unless PIX2MIDI names a build.
pix2midi=${PIX2MIDI:-$(bench/install-tool.sh)}

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); LC_ALL=C printf '%.3f\n' "$(echo "$e - $s" | bc -l)"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
tool_name() { [ "$1" = auto ] && echo render || echo "render-$1"; }

csv="$work/render-vs-decode.csv"
echo "clip,width,height,tool,run,seconds" >"$csv"
echo "| clip | decode only (ffmpeg -f null) | pix2midi render | decode ÷ render |"
echo "|---|---|---|---|"
for clip in pattern-720p pattern-1080p fireworks-720p fireworks-1080p; do
  video="$work/$clip.mp4"
  size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0 "$video")
  decode=()
  declare -A render=()
  for ((i = 0; i < runs; i++)); do
    d=$(seconds ffmpeg -v error -i "$video" -f null -)
    decode+=("$d")
    echo "$clip,$size,ffmpeg,$i,$d" >>"$csv"
    for decoder in "${decoders[@]}"; do
      r=$(seconds $pix2midi render "$video" -o "$work/out.mid" --no-progress --decoder "$decoder")
      render[$decoder]+="$r "
      echo "$clip,$size,$(tool_name "$decoder"),$i,$r" >>"$csv"
    done
  done
  d=$(printf '%s\n' "${decode[@]}" | median)
  for decoder in "${decoders[@]}"; do
    r=$(tr ' ' '\n' <<<"${render[$decoder]}" | grep . | median)
    label=$clip
    [ "$decoder" = auto ] || label="$clip (--decoder $decoder)"
    printf '| %s | %.2f s | %.2f s | %.2f |\n' "$label" "$d" "$r" "$(echo "$d / $r" | bc -l)"
  done
  unset render
done

# Colour: the 1080p fireworks with a 64-cell grid whose every cell looks at red (issue 16's
# figure), against decode only, alternating as above (tool "render-colour" in the CSV).
colour="$work/colour-grid.json"
cat >"$colour" <<'JSON'
{ "name": "Colour grid", "description": "Every cell of an 8×8 grid looks at red only.",
  "defaults": { "colour": "red", "measure": "peak", "on": 0.6, "off": 0.4 },
  "grids": [ { "name": "g", "x": 0, "y": 0, "width": 1, "height": 1, "rows": 8, "columns": 8, "firstNote": "C3" } ] }
JSON
video="$work/fireworks-1080p.mp4"
size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0 "$video")
decode=() coloured=()
for ((i = 0; i < runs; i++)); do
  d=$(seconds ffmpeg -v error -i "$video" -f null -)
  decode+=("$d")
  echo "fireworks-1080p,$size,ffmpeg,$i,$d" >>"$csv"
  r=$(seconds $pix2midi render "$video" -m "$colour" -o "$work/out.mid" --no-progress)
  coloured+=("$r")
  echo "fireworks-1080p,$size,render-colour,$i,$r" >>"$csv"
done
d=$(printf '%s\n' "${decode[@]}" | median)
r=$(printf '%s\n' "${coloured[@]}" | median)
printf '| fireworks-1080p, 64 cells keyed on red | %.2f s | %.2f s | %.2f |\n' "$d" "$r" "$(echo "$d / $r" | bc -l)"

# The fixed cost of starting: a 0.1 s 720p clip (3 frames), where start-up is nearly all there is.
startup="$work/startup-720p.mp4"
[ -f "$startup" ] || ffmpeg -v error -y -f lavfi -i "testsrc2=size=1280x720:rate=30" -t 0.1 -c:v libx264 -pix_fmt yuv420p "$startup"
d=() r=()
for ((i = 0; i < 5; i++)); do
  d+=("$(seconds ffmpeg -v error -i "$startup" -f null -)")
  r+=("$(seconds $pix2midi render "$startup" -o "$work/out.mid" --no-progress)")
done
printf '\nStart-up (a 3-frame 720p clip, median of 5): ffmpeg %.3f s, pix2midi render %.3f s.\n' \
  "$(printf '%s\n' "${d[@]}" | median)" "$(printf '%s\n' "${r[@]}" | median)"
