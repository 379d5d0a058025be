#!/usr/bin/env bash
# The soundtrack's cost: `render --audio` and `render --video` against `render` alone, and against
# the peers doing the same by hand in the same run: `fluidsynth -F` rendering the same MIDI file
# with the same SoundFont, and `ffmpeg` muxing a WAV into the video (picture copied, AAC).
# Usage: bench/sound.sh [runs=5]
# On the 20 s 1080p fireworks clip (made as render-vs-decode.sh makes it). Alternating runs;
# prints a Markdown table of medians, and every run to $BENCH_DIR/sound.csv (case,run,seconds).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${BENCH_DIR:-/tmp/pix2midi-bench}
font=${SOUNDFONT:-/usr/share/sounds/sf2/FluidR3_GM.sf2}
mkdir -p "$work"
for tool in ffmpeg fluidsynth dotnet bc; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
[ -f "$font" ] || { echo "bench: $font is needed (sudo apt install fluid-soundfont-gm, or SOUNDFONT=...)" >&2; exit 2; }

video="$work/fireworks-1080p.mp4"
[ -f "$video" ] || ffmpeg -v error -y -stream_loop 1 -i sample-videos/fireworks.mp4 -t 20 -vf "scale=1920x1080:flags=bicubic" -c:v libx264 -preset medium -crf 20 -pix_fmt yuv420p "$video"
pix2midi=${PIX2MIDI:-$(bench/install-tool.sh)}

seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); LC_ALL=C printf '%.3f\n' "$(echo "$e - $s" | bc -l)"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

csv="$work/sound.csv"
echo "case,run,seconds" >"$csv"
declare -A times=()
cd "$work"
for ((i = 0; i < runs; i++)); do
  for case in render audio video fluidsynth mux; do
    case $case in
      render) t=$(seconds $pix2midi render "$video" -o s.mid --no-progress) ;;
      audio) t=$(seconds $pix2midi render "$video" -o s.mid --audio s.wav --soundfont "$font" --no-progress) ;;
      video) t=$(seconds $pix2midi render "$video" -o s.mid --video s.mp4 --soundfont "$font" --no-progress) ;;
      fluidsynth) t=$(seconds fluidsynth -ni -q -r 48000 -F fs.wav "$font" s.mid) ;;
      mux) t=$(seconds ffmpeg -v error -y -i "$video" -i s.wav -map 0:v -map 1:a -c:v copy -c:a aac -b:a 192k hand.mp4) ;;
    esac
    times[$case]+="$t "
    echo "$case,$i,$t" >>"$csv"
  done
done
m() { tr ' ' '\n' <<<"${times[$1]}" | grep . | median; }
render=$(m render) audio=$(m audio) video=$(m video) fs=$(m fluidsynth) mux=$(m mux)
echo "| what (20 s 1080p fireworks, $(basename "$font")) | median | against |"
echo "|---|---|---|"
printf '| `pix2midi render` (MIDI file only) | %.2f s | |\n' "$render"
printf '| `pix2midi render --audio` | %.2f s | %.2f × render alone (the soundtrack adds %.0f %%) |\n' "$audio" "$(echo "$audio / $render" | bc -l)" "$(echo "($audio - $render) * 100 / $render" | bc -l)"
printf '| `fluidsynth -F` of the same MIDI file (peer) | %.2f s | the soundtrack part of ours: %.2f s |\n' "$fs" "$(echo "$audio - $render" | bc -l)"
printf '| `pix2midi render --video` | %.2f s | %.2f × render alone |\n' "$video" "$(echo "$video / $render" | bc -l)"
printf '| `render --audio` + `ffmpeg` muxing by hand (peer) | %.2f s | ours ÷ by hand: %.2f |\n' "$(echo "$audio + $mux" | bc -l)" "$(echo "$video / ($audio + $mux)" | bc -l)"
