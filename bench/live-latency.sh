#!/usr/bin/env bash
# Live latency added by Pix2Midi: `pix2midi live --source URL --stats FILE` against a stand-in IP
# camera (ffmpeg serving a video in a loop, in real time, as MJPEG over HTTP on 127.0.0.1), for a
# fixed time, then stopped like Ctrl+C. Three runs of clips (the calibration video, 640×360 with the
# calibration mapping; the fireworks sample, 1280×720 with the busier fireworks mapping, and again with fireworks-colours, in colour), two
# outputs (the console monitor; a JACK port on `jackd -d dummy` read by jack_midi_dump), idle
# and with both cores loaded by two busy loops.
#
# The figure is capture to send, as `live --stats` measures it: from the moment Pix2Midi has
# read a frame's last byte from ffmpeg's pipe to the moment the frame's messages have been
# handed to every output, over the frames that sent messages (p50 / p99 / max). What comes
# before (the network, ffmpeg decoding the JPEG, the pipe) is not Pix2Midi's; JACK then plays
# a message at the start of its next period (at most 5.3 ms here), which is JACK's.
#
# The peer, measured in the same run: the CPU time the stream's own ffmpeg (the one Pix2Midi
# reads from) spends per frame receiving, decoding and converting it to grey, from its
# /proc/PID/stat. Ratio = Pix2Midi's p50 ÷ ffmpeg's time per frame (below 1: Pix2Midi adds less
# than getting the picture already costs). The stream's frame interval is in the CSV too.
#
# Prints a Markdown table; writes $BENCH_DIR/live-latency.csv.
# Usage: bench/live-latency.sh [seconds=60]
#   LIVE_RUNS="fireworks-720p-jack-loaded …" runs only those (CLIP-OUTPUT-LOAD labels).
#   PIX2MIDI="dotnet path/to/pix2midi.dll" uses that build instead of the tool as installed (bench/install-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in ffmpeg ffprobe dotnet jackd jack_midi_dump jack_lsp jq ss bc; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
. bench/lib.sh  # bench_tool, stop and wait_until; stops what it started on the way out
bench_tool
export JACK_NO_AUDIO_RESERVATION=1 JACK_DEFAULT_SERVER=pix2midi-bench-live
ticks=$(getconf CLK_TCK)
csv="$work/live-latency.csv"

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -ltnH "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}
listening() { ss -ltnH "sport = :$1" | grep -q .; }
cpu_ticks() { [ -n "$1" ] && awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; } # utime + stime, all threads

measure() { # clip video mapping output load (and $size)
  local clip=$1 video=$2 mapping=$3 output=$4 load=$5
  local label="$clip-$output-$load" port url jack='' dump='' loaders=() args=()
  local stats="$work/live-$label.json" log="$work/live-$label.log"
  rm -f "$stats"
  port=$(free_port)
  url="http://127.0.0.1:$port/"
  ffmpeg -hide_banner -loglevel error -nostdin -re -stream_loop -1 -i "$video" -an -c:v mjpeg -q:v 3 -f mpjpeg -listen 1 "$url" </dev/null >/dev/null 2>"$work/server.log" &
  local server=$!
  started+=("$server")
  wait_until 10 listening "$port" || { echo "bench: the stream server did not listen on $port" >&2; cat "$work/server.log" >&2; exit 1; }
  if [ "$output" = jack ]; then
    jackd -n "$JACK_DEFAULT_SERVER" -R -d dummy -r 48000 -p 256 >"$work/jackd.log" 2>&1 &
    jack=$!
    started+=("$jack")
    wait_until 10 jack_lsp >/dev/null 2>&1 || { echo "bench: jackd did not start" >&2; cat "$work/jackd.log" >&2; exit 1; }
    jack_midi_dump -a bench-live >"$work/dump-$label.txt" 2>&1 &
    dump=$!
    started+=("$dump")
    wait_until 10 sh -c 'jack_lsp | grep -q "^bench-live:input$"' || { echo "bench: jack_midi_dump did not start" >&2; exit 1; }
    args=(--port jack:bench-live:input)
  fi
  if [ "$load" = loaded ]; then
    for _ in 1 2; do (while :; do :; done) & loaders+=($!); started+=($!); done
  fi

  # Its output goes through a pipe, as to a terminal: a write returns once in the pipe, whatever
  # the disk is doing (the console monitor writes a line per note).
  : >"$log"
  $tool live --source "$url" -m "$mapping" "${args[@]}" --stats "$stats" --no-status </dev/null > >(cat >>"$log") 2>&1 &
  local live=$!
  started+=("$live")
  wait_until 60 grep -q '^Playing live from' "$log" || { echo "bench: pix2midi live did not start:" >&2; cat "$log" >&2; exit 1; }
  local decoder played_to cpu0 cpu1 t0 t1
  wait_until 5 pgrep -P "$live" -x ffmpeg >/dev/null || true
  decoder=$(pgrep -P "$live" -x ffmpeg | head -1 || true)
  [ -n "$decoder" ] || echo "bench: $label: no ffmpeg under pix2midi; its time per frame is left blank" >&2
  played_to=$(sed -n 's/^Playing live from .* to \(.*\)\. Ctrl+C stops\.$/\1/p' "$log" | head -1)
  cpu0=$(cpu_ticks "$decoder"); t0=$(date +%s.%N)
  sleep "$seconds"
  cpu1=$(cpu_ticks "$decoder"); t1=$(date +%s.%N)
  # SIGTERM stops `live` the way Ctrl+C does: every note released, the stats written, then exit
  # 143 (130 for Ctrl+C; builds before SIGTERM had its own code exit 130 for both). SIGINT would
  # not do: a script's background job starts with SIGINT ignored, and .NET keeps it that way.
  kill -TERM "$live"
  local code=0
  wait "$live" || code=$?
  forget "$live"
  for p in "${loaders[@]}"; do stop "$p"; done
  stop "$server"
  local received=''
  if [ -n "$dump" ]; then
    sleep 0.3
    stop "$dump" INT
    stop "$jack"
    received=$(awk '$1 ~ /^[0-9]+:$/ && $2 ~ /^9/ && $4 != "00" { n++ } END { print n + 0 }' "$work/dump-$label.txt")
  fi
  { [ "$code" = 143 ] || [ "$code" = 130 ]; } && [ -f "$stats" ] || { echo "bench: pix2midi live exited with $code:" >&2; cat "$log" >&2; exit 1; }
  if [ -n "$received" ] && [ "$received" != "$(jq .notes "$stats")" ]; then
    echo "bench: $label: $(jq .notes "$stats") notes sent, $received received by jack_midi_dump" >&2
  fi

  # ffmpeg's CPU over the measuring window, per frame it delivered in that window (the run's
  # frame rate times the window's length).
  jq -r --arg clip "$clip" --arg size "$size" --arg output "${played_to:-$output}" --arg load "$load" \
        --arg cpu "$((cpu1 - cpu0))" --arg ticks "$ticks" --arg window "$(echo "$t1 - $t0" | bc -l)" --arg received "$received" --arg decoder "$decoder" '
    def r3: . * 1000 | round / 1000;
    (.framesAnalysed + .framesDropped) as $delivered
    | (if $delivered > 0 then .seconds * 1000 / $delivered else 0 end) as $interval
    | ($delivered * ($window | tonumber) / .seconds) as $inWindow
    | (if $decoder != "" and $inWindow > 0 then ($cpu | tonumber) / ($ticks | tonumber) * 1000 / $inWindow else null end) as $ffmpeg
    | [$clip, ($size | split("x") | .[0], .[1]), $output, $load, .seconds, .framesAnalysed, .framesDropped, .framesWithMessages, .notes, $received,
       .captureToSendMs.p50, .captureToSendMs.p99, .captureToSendMs.max,
       .captureToDoneMs.p50, .captureToDoneMs.p99, .captureToDoneMs.max,
       ($interval | r3),
       (if $ffmpeg == null then "" else $ffmpeg | r3 end),
       (if $ffmpeg == null or $ffmpeg == 0 then "" else .captureToSendMs.p50 / $ffmpeg | r3 end)]
    | map(tostring) | join(",")' "$stats" >>"$csv"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "clip,width,height,output,load,seconds,frames,dropped,frames_with_messages,notes,notes_received,send_p50_ms,send_p99_ms,send_max_ms,every_frame_p50_ms,every_frame_p99_ms,every_frame_max_ms,frame_interval_ms,ffmpeg_cpu_per_frame_ms,p50_over_ffmpeg" >"$csv"
clips=("calibration-360p sample-videos/calibration.mp4 calibration" "fireworks-720p sample-videos/fireworks.mp4 fireworks" "colours-720p sample-videos/fireworks.mp4 fireworks-colours")
for entry in "${clips[@]}"; do
  read -r clip video mapping <<<"$entry"
  size=$(ffprobe -v error -select_streams v:0 -show_entries stream=width,height -of csv=p=0:s=x "$video")
  for output in console jack; do
    for load in idle loaded; do
      case " ${LIVE_RUNS:-$clip-$output-$load} " in *" $clip-$output-$load "*) measure "$clip" "$video" "$mapping" "$output" "$load" ;; esac
    done
  done
done

echo "| clip | output | load | frames (dropped) | frames that sent | capture→send p50 | p99 | max | every frame p99 | ffmpeg per frame | p50 ÷ ffmpeg |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
tail -n +2 "$csv" | awk -F, '{
  printf "| %s (%sx%s) | %s | %s | %d (%d) | %d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f |\n",
    $1, $2, $3, $4, $5, $7, $8, $9, $12, $13, $14, $16, $19, $20 }'
echo
echo "($seconds s a run; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; CSV in $csv)"
