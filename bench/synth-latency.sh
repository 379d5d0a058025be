#!/usr/bin/env bash
# `run --synth` latency: from a note's due time to its first sample at the synthesizer's audio
# output, on JACK's own clock. `pix2midi run VIDEO -m MAPPING --synth --audio-driver jack --port
# jack:bench-synth:midi_in` on a JACK server with the dummy driver (48 kHz; period 64, 256 and 1024
# frames): Pix2Midi's JACK MIDI output puts every note-on on its due frame (it schedules ahead),
# and one client of the benchmark's own (bench/synth_latency_client.py) logs, in its process
# callback, each note-on's frame from that MIDI output and each onset's frame at its audio inputs:
# Pix2Midi's synth (`pix2midi:left`) and the peer, FluidSynth's own program (`fluidsynth -a jack
# -m jack`, as a user without Pix2Midi's synth would hear Pix2Midi's JACK MIDI port) fed by the
# same MIDI output, with the same SoundFont, gain and chorus level. Latency per note = onset frame
# - note-on frame, p50 / p99 / max in ms, for both, in the same run.
#
# The video (made here with ffmpeg): black, a white flash of three frames (100 ms) every 14 frames
# (467 ms) from 4 s on, at 29.97 fps, so that the notes fall on every phase of JACK's period (at
# 30 fps every frame time is a multiple of 64 frames at 48 kHz, and every note of a run would fall
# on the same phase). The mapping: one region over the whole picture playing a side stick (key 37)
# on channel 10, velocity 110. The onset is the note's first sample above -140 dBFS (5 frames after
# FluidSynth starts the voice), found under the previous note's reverb tail by the shape of the
# first note's attack (the client's own description says how).
#
# "At the output" adds the playback latency JACK reports for its driver's ports to what is measured
# in the graph (the cycle in which the synth hands the sound to JACK): the same for both synths.
# The due time: a note-on's frame is its due time as long as JACK's clock keeps to the system's.
# The dummy driver's frame clock loses time at each of its own xruns (on a loaded machine), and
# Pix2Midi's JACK output follows JACK's clock only past a tolerance (the larger of 10 ms and two
# periods), while the synth plays on the system clock. So the client also times each cycle on the
# system clock and, knowing the notes' video times, measures both synths from each note's due time
# as a JACK frame: the note-on's frame less how far it stood off (0 when the clock kept time; the
# last column counts the notes off by more than 0.5 ms, and how far; the CSV has it per note).
#
# Prints a Markdown table; writes every note's latency to $BENCH_DIR/synth-latency.csv (run,
# input, note, key, note-on frame, due frame, onset frame, latency in frames and ms, fit of the
# attack, how far the note-on stood off its due time) and
# each run's figures to $BENCH_DIR/synth-latency-RUN.json, what the client heard to
# synth-audio-RUN.npz (bench/synth_latency_client.py --from FILE analyses it again).
# Usage: bench/synth-latency.sh [seconds=60]
#   SYNTH_RUNS="256-idle 256-loaded 64-idle 1024-idle" (the default): PERIOD-LOAD labels, LOAD idle
#   or loaded (two busy loops on both cores).
#   SOUNDFONT=FILE.sf2: both synths play it (Pix2Midi with --soundfont); default: the one Pix2Midi
#   picks itself (the first General MIDI font installed where FluidSynth's packages put one).
#   PIX2MIDI="dotnet path/to/pix2midi.dll" uses that build instead of the tool as installed (bench/install-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
work=${BENCH_DIR:-/tmp/pix2midi-bench}
mkdir -p "$work"
for tool in jackd jack_lsp jack_connect fluidsynth ffmpeg dotnet jq; do command -v "$tool" >/dev/null || { echo "bench: $tool is needed" >&2; exit 2; }; done
python=/usr/bin/python3
"$python" -c 'import jack, numpy' 2>/dev/null ||
  { echo "bench: the client needs Debian's python3-jack-client and python3-numpy for $python: sudo apt install python3-jack-client python3-numpy" >&2; exit 2; }

font_args=()
if [ -n "${SOUNDFONT:-}" ]; then
  font=$SOUNDFONT
  font_args=(--soundfont "$font")
else
  # Where Pix2Midi looks (SoundFontLocator): the first of these that exists is what it plays.
  font=''
  for f in /usr/share/sounds/sf2/default-GM.sf2 /usr/share/sounds/sf2/FluidR3_GM.sf2 /usr/share/soundfonts/default.sf2 /usr/share/soundfonts/FluidR3_GM.sf2; do
    [ -f "$f" ] && { font=$f; break; }
  done
  [ -n "$font" ] || { echo "bench: no General MIDI SoundFont installed (sudo apt install fluid-soundfont-gm), or set SOUNDFONT" >&2; exit 2; }
fi
font_file=$(readlink -f "$font")

video="$work/synth-flashes-${seconds}s.mp4"
[ -f "$video" ] || ffmpeg -v error -y -f lavfi -i "color=black:size=160x120:rate=30000/1001:duration=$seconds" \
  -vf "drawbox=x=0:y=0:w=160:h=120:color=white:t=fill:enable='gte(n,120)*lt(mod(n-120,14),3)'" \
  -c:v libx264 -pix_fmt yuv420p -g 30 "$video"
mapping="$work/flash.json"
cat >"$mapping" <<'EOF'
{
  "version": 1,
  "name": "Flash",
  "regions": [
    { "name": "all", "x": 0, "y": 0, "width": 1, "height": 1, "measure": "brightness",
      "on": 0.5, "off": 0.3, "note": 37, "channel": 10, "minLength": 0, "cooldown": 0,
      "velocity": { "min": 110, "max": 110 } }
  ]
}
EOF

. bench/lib.sh  # bench_tool, stop and wait_until; stops what it started on the way out
bench_tool
poll=0.05
export JACK_NO_AUDIO_RESERVATION=1 JACK_NO_START_SERVER=1 JACK_DEFAULT_SERVER=pix2midi-bench-synth
csv="$work/synth-latency.csv"

has_port() { jack_lsp 2>/dev/null | grep -x "$1" >/dev/null; } # (grep -q would stop reading: SIGPIPE under pipefail)
connected_to() { jack_lsp -c "$1" 2>/dev/null | sed -n 's/^ \+//p'; } # the ports connected to port $1

measure() { # period load
  local period=$1 load=$2 label="$1-$2" loaders=()
  local json="$work/synth-latency-$label.json" stats="$work/synth-stats-$label.json" log="$work/synth-$label.log"
  rm -f "$json" "$stats"
  jackd -n "$JACK_DEFAULT_SERVER" -R -d dummy -r 48000 -p "$period" >"$work/jackd-synth.log" 2>&1 &
  local jack=$!
  started+=("$jack")
  wait_until 10 jack_lsp >/dev/null 2>&1 || { echo "bench: jackd did not start" >&2; cat "$work/jackd-synth.log" >&2; exit 1; }

  "$python" bench/synth_latency_client.py --name bench-synth --inputs ours,peer --label "$label" --csv "$csv" --json "$json" --seconds "$((seconds + 30))" --frame-rate 30000/1001 --notes-at 120:14 --audio "$work/synth-audio-$label.npz" >"$work/client-$label.log" 2>&1 &
  local client=$!
  started+=("$client")
  wait_until 10 grep -q '^ready ' "$work/client-$label.log" || { echo "bench: the JACK client did not start:" >&2; cat "$work/client-$label.log" >&2; exit 1; }

  # The peer keeps running while its standard input is open (its shell reads it).
  local fifo="$work/peer-stdin"
  rm -f "$fifo"; mkfifo "$fifo"
  fluidsynth -a jack -m jack -r 48000 -g 0.2 -o synth.chorus.level=0.5 -o audio.jack.id=peer -o midi.jack.id=peer \
    -o audio.jack.autoconnect=0 "$font_file" <"$fifo" >"$work/peer-$label.log" 2>&1 &
  local peer=$!
  started+=("$peer")
  exec 3>"$fifo"
  local peer_midi=''
  wait_until 30 has_port peer:left || { echo "bench: fluidsynth did not start:" >&2; cat "$work/peer-$label.log" >&2; exit 1; }
  wait_until 10 sh -c 'jack_lsp | grep "^peer:midi" >/dev/null' || { echo "bench: fluidsynth has no JACK MIDI input:" >&2; jack_lsp >&2; exit 1; }
  peer_midi=$(jack_lsp | grep '^peer:midi' | sed -n 1p)
  jack_connect peer:left bench-synth:peer

  if [ "$load" = loaded ]; then
    for _ in 1 2; do (while :; do :; done) & loaders+=($!); started+=($!); done
  fi

  # The first flash is at 4 s: until then the synth's audio and the MIDI output are connected to
  # the client and the peer (checked below: every note-on heard by all three).
  $tool run "$video" -m "$mapping" --synth --audio-driver jack "${font_args[@]}" --port jack:bench-synth:midi_in \
    --stats "$stats" --no-status </dev/null >"$log" 2>&1 &
  local run=$!
  started+=("$run")
  # The synth's ports come first (Pix2Midi opens it before its MIDI port).
  wait_until 90 has_port pix2midi:left || { echo "bench: pix2midi's synth has no JACK ports:" >&2; cat "$log" >&2; exit 1; }
  jack_connect pix2midi:left bench-synth:ours
  wait_until 90 sh -c 'jack_lsp -c bench-synth:midi_in | grep "^ " >/dev/null' || { echo "bench: pix2midi's MIDI output never reached the client:" >&2; cat "$log" >&2; exit 1; }
  local midi_out
  midi_out=$(connected_to bench-synth:midi_in | sed -n 1p)
  jack_connect "$midi_out" "$peer_midi"
  local output_latency
  output_latency=$(jack_lsp -l system:playback_1 | sed -n 's/.*playback latency = \[ \?\([0-9]*\).*/\1/p;s/.*port latency = \([0-9]*\).*/\1/p' | sed -n 1p)
  local code=0
  wait "$run" || code=$?
  forget "$run"
  for p in "${loaders[@]}"; do stop "$p"; done
  [ "$code" = 0 ] || { echo "bench: pix2midi run exited with $code:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.5
  stop "$client" TERM
  exec 3>&-
  stop "$peer"
  rm -f "$fifo"
  stop "$jack"
  [ -f "$json" ] || { echo "bench: the client wrote no figures:" >&2; cat "$work/client-$label.log" >&2; exit 1; }
  # Pix2Midi's own count, the figures, JACK's playback latency of the dummy driver.
  jq --argjson stats "$(cat "$stats")" --arg load "$load" --arg out "${output_latency:-}" \
    '. + {load: $load, sent: $stats.notes, output_latency_frames: ($out | tonumber? // null)}' "$json" >"$json.tmp" && mv "$json.tmp" "$json"
  local sent heard
  sent=$(jq .sent "$json"); heard=$(jq .notes "$json")
  [ "$sent" = "$heard" ] || echo "bench: $label: pix2midi sent $sent note-ons, the client heard $heard" >&2
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "run,input,note,key,note_on_frame,due_frame,onset_frame,latency_frames,latency_ms,fit,note_on_off_due_frames" >"$csv"
runs=${SYNTH_RUNS:-256-idle 256-loaded 64-idle 1024-idle}
for run in $runs; do
  measure "${run%%-*}" "${run#*-}"
done

echo "| period (48 kHz) | load | notes (found: ours / peer) | Pix2Midi \`--synth\` p50 | p99 | max | \`fluidsynth -a jack -m jack\` p50 | p99 | max | ours − peer, p50 | at the output, p50: ours / peer (ratio) | xruns | note-ons off their due time |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
for run in $runs; do
  jq -r '
    def ms: if . == null then "–" else "\(. * 100 | round / 100) ms" end;
    ((.output_latency_frames // 0) * 1000 / .rate) as $out
    | .inputs.ours as $o | .inputs.peer as $p
    | "| \(.period) frames (\(.period * 1000 / .rate | ms)) | \(.load) | \(.notes) (\($o.matched) / \($p.matched)) | \($o.p50_ms | ms) | \($o.p99_ms | ms) | \($o.max_ms | ms) | \($p.p50_ms | ms) | \($p.p99_ms | ms) | \($p.max_ms | ms) | \(if $o.p50_ms == null or $p.p50_ms == null then "–" else ($o.p50_ms - $p.p50_ms) | ms end) | \(if $o.p50_ms == null or $p.p50_ms == null then "–" else "\($o.p50_ms + $out | ms) / \($p.p50_ms + $out | ms) (\(($o.p50_ms + $out) / ($p.p50_ms + $out) * 100 | round / 100))" end) | \(.xruns) | \(.off_schedule)\(if .off_schedule > 0 then " (up to \(.off_schedule_max_ms) ms)" else "" end) |"' \
    "$work/synth-latency-$run.json"
done
echo
latencies=$(for run in $runs; do jq -r '"\(.output_latency_frames) frames at \(.period)"' "$work/synth-latency-$run.json"; done | sort -u -n -k4 | paste -sd, - | sed 's/,/, /g')
echo "(In JACK's graph: the onset's frame in the cycle both synths hand to the driver, minus the note's due frame. At the output: plus the playback latency JACK reports for system:playback_1 ($latencies: the dummy driver's; a sound card reports its own). $seconds s a run, SoundFont $font_file; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; every note in $csv)"
