#!/usr/bin/python3
"""The JACK client of bench/synth-latency.sh: it hears the notes and the sound on JACK's own clock.

One client with a MIDI input (fed from Pix2Midi's JACK MIDI output, which puts every note-on on its
due frame) and one audio input per synthesizer under test (Pix2Midi's synth, `pix2midi:left`; the
peer, `fluidsynth -a jack -m jack` fed from the same MIDI output). Its process callback only keeps:
each note-on's absolute frame (the cycle's `last_frame_time` + the event's offset) and each cycle's
audio at its absolute frames. Everything is in one frame count, so no clock is converted.

On SIGTERM or SIGINT it stops and finds each note's onset in each input. The notes are all the same
sound, but each next one starts while the previous one's reverb tail still sounds (about -60 dBFS
after 0.5 s), so no threshold finds its first sample well. So the first note that starts from
silence gives a template: its first 20 ms from its first sample above --silence (-100 dBFS; an idle
FluidSynth with reverb gives about -160). Every note's onset is where the template fits best
(normalised cross-correlation, at least 0.9) from one period and a block before its note-on (a synth
that applies a cycle's events at the cycle's start sounds before the event's own frame) up to the
next note's window. Latency = onset - note-on frame. One row per note and input goes to --csv, the
figures (p50 / p99 / max in ms, nearest rank) to --json. FluidSynth starts voices on its 64-frame
blocks, which JACK's periods keep aligned to the frame count: every onset of one input on the same
phase of that grid (`block_phases` in the JSON) says each was found to the sample.

--audio keeps what was heard, and --from analyses such a recording again without JACK.
Needs Debian's python3-jack-client and python3-numpy (run it with /usr/bin/python3).
"""

import argparse
import gc
import json
import math
import signal
import sys
import threading

try:
    import jack
    import numpy as np
except ImportError as missing:  # the script checks first; this says it again when run by hand
    sys.exit(f"bench: {missing.name} is missing: sudo apt install python3-jack-client python3-numpy (and run /usr/bin/python3)")


def percentile(values, p):
    """Nearest rank, as the other benchmarks and `--stats` take it: the smallest value with at least p of them at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(len(ordered) * p))
    return ordered[rank - 1]


def record(args):
    """Listens until SIGTERM or SIGINT: the audio heard on the absolute frame count, the note-ons' frames."""
    client = jack.Client(args.name, no_start_server=True)
    rate = client.samplerate
    midi_in = client.midi_inports.register("midi_in")
    names = [n for n in args.inputs.split(",") if n]
    audio_in = [client.inports.register(n) for n in names]

    # Nothing is allocated while listening: the process callback runs on JACK's real-time thread,
    # and a collection of the garbage collector there would make this client miss its period.
    capacity = int(args.seconds * rate)
    audio = np.ones((len(names), capacity), dtype=np.float32)  # written once here, so no page faults later
    cycles = np.zeros((capacity // 16 + 16, 3), dtype=np.int64)  # absolute frame, position in `audio`, frames
    note_ons = np.zeros((100000, 2), dtype=np.int64)               # absolute frame, key
    counts = np.zeros(4, dtype=np.int64)                           # cycles, audio frames used, note-ons, xruns
    full = [False]

    @client.set_process_callback
    def process(frames):
        start = client.last_frame_time
        for offset, data in midi_in.incoming_midi_events():
            data = bytes(data)
            if len(data) == 3 and data[0] & 0xF0 == 0x90 and data[2] > 0 and counts[2] < len(note_ons):
                note_ons[counts[2]] = (start + offset, data[1])
                counts[2] += 1
        used = int(counts[1])
        if used + frames > capacity or counts[0] >= len(cycles):
            full[0] = True
            return
        for i, port in enumerate(audio_in):
            audio[i, used:used + frames] = port.get_array()
        cycles[counts[0]] = (start, used, frames)
        counts[0] += 1
        counts[1] = used + frames

    @client.set_xrun_callback
    def xrun(delay):
        counts[3] += 1

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    gc.collect()
    gc.disable()
    with client:
        period = client.blocksize
        # Ready: the script waits for this line before starting anything that plays.
        print(f"ready {client.name} period {period} rate {rate}", flush=True)
        while not stop.wait(0.2):
            pass
        client.deactivate()
    gc.enable()

    # The audio on the absolute frame count (frames wrap after a day at 48 kHz: not in a benchmark).
    # A cycle this client missed leaves NaN, and a note whose window touches it is not counted.
    starts = [tuple(int(v) for v in row) for row in cycles[:counts[0]]]
    first = starts[0][0]
    last = starts[-1][0] + starts[-1][2]
    heard = np.full((len(names), last - first), np.nan, dtype=np.float32)
    missed_cycles = 0
    expected = first
    for start, position, frames in starts:
        if start != expected:
            missed_cycles += 1
        heard[:, start - first:start - first + frames] = audio[:, position:position + frames]
        expected = start + frames

    extra = {"cycles": len(starts), "missed_cycles": missed_cycles, "xruns": int(counts[3]), "buffer_full": full[0]}
    ons = sorted(tuple(int(v) for v in row) for row in note_ons[:counts[2]])
    return heard, first, ons, names, rate, period, extra


def schedule_moves(ons, rate, frame_rate):
    """Where the note-ons' spacing is not a whole number of video frames (to a frame): Pix2Midi's JACK
    output moved its schedule there to follow JACK's clock (after the server lost time). In ms."""
    if not frame_rate:
        return []
    step = rate / frame_rate
    moves = []
    for (a, _), (b, _) in zip(ons, ons[1:]):
        off = (b - a) - round((b - a) / step) * step
        if abs(off) > 2:
            moves.append(round(off * 1000.0 / rate, 2))
    return moves


def analyse(heard, first, ons, names, rate, period, silence, label):
    """Each note's onset and latency per input: (rows for the CSV, figures)."""
    lead = period + 64                  # the earliest an onset may come before its note-on
    span = int(0.020 * rate)            # the template: the note's first 20 ms
    quiet = int(0.050 * rate)           # silence before the note the template is taken from
    rows = []
    figures = {"label": label, "rate": rate, "period": period, "notes": len(ons), "silence": silence, "inputs": {}}
    for i, name in enumerate(names):
        x = heard[i]

        def window(k):
            """Where note k's onset may be: from one period (and a block) before its note-on to the next note's window."""
            frame = ons[k][0]
            low = frame - lead - first
            high = (ons[k + 1][0] - lead if k + 1 < len(ons) else frame + rate) - first
            return low, min(high, frame + rate // 2 - first, len(x) - span)

        # The template: the first note that starts from silence, from its first sample above --silence.
        template, template_note = None, None
        for k in range(len(ons)):
            low, high = window(k)
            if low - quiet < 0 or high <= low:
                continue
            before, region = x[low - quiet:low], x[low:high]
            if np.isnan(before).any() or np.isnan(region).any() or np.nanmax(np.abs(before)) >= silence:
                continue
            loud = np.flatnonzero(np.abs(region) >= silence)
            if loud.size:
                template = region[loud[0]:loud[0] + span].astype(np.float64)
                template_note = k + 1
                break
        latencies, scores, unclear = [], [], 0
        for k, (frame, key) in enumerate(ons):
            low, high = window(k)
            region = x[low:high + span].astype(np.float64) if high > low >= 0 else np.array([])
            if template is None or region.size < span or np.isnan(region).any():
                rows.append((label, name, k + 1, key, frame, "", "", "", ""))
                unclear += 1
                continue
            # Normalised cross-correlation of the template along the window: the previous note's
            # tail and the chorus differ from note to note, the attack does not.
            dot = np.correlate(region, template, mode="valid")
            energy = np.concatenate(([0.0], np.cumsum(region * region)))
            norms = np.sqrt(np.maximum(energy[span:] - energy[:-span], 1e-30)) * np.linalg.norm(template)
            score = dot / norms
            j = int(np.argmax(score))
            if score[j] < 0.9:
                rows.append((label, name, k + 1, key, frame, "", "", "", round(float(score[j]), 4)))
                unclear += 1
                continue
            onset = first + low + j
            latency = onset - frame
            latencies.append(latency)
            scores.append(float(score[j]))
            rows.append((label, name, k + 1, key, frame, onset, latency, round(latency * 1000.0 / rate, 4), round(float(score[j]), 4)))
        onsets = [r[5] for r in rows if r[1] == name and r[5] != ""]
        entry = {"matched": len(latencies), "unclear": unclear, "template_note": template_note,
                 "score_min": round(min(scores), 4) if scores else None,
                 # FluidSynth starts voices on its 64-frame blocks, which JACK's periods align with:
                 # onsets that all share one phase in the block say the detection is exact.
                 "block_phases": sorted({int(o) % 64 for o in onsets})}
        if latencies:
            ms = [f * 1000.0 / rate for f in latencies]
            entry.update({"p50_ms": round(percentile(ms, 0.5), 3), "p99_ms": round(percentile(ms, 0.99), 3),
                          "min_ms": round(min(ms), 3), "max_ms": round(max(ms), 3),
                          "mean_ms": round(sum(ms) / len(ms), 3)})
        figures["inputs"][name] = entry

    return rows, figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name", default="bench-synth", help="JACK client name")
    parser.add_argument("--inputs", default="ours,peer", help="audio inputs to register, comma-separated")
    parser.add_argument("--seconds", type=float, default=600, help="the most audio kept (from activation)")
    parser.add_argument("--silence", type=float, default=1e-7, help="below this (linear; 1e-7 = -140 dBFS, ten times an idle FluidSynth with reverb) is silence, above it the first sample of a note")
    parser.add_argument("--csv", required=True, help="one row per note and input (appended)")
    parser.add_argument("--json", required=True, help="the figures")
    parser.add_argument("--label", default="", help="written into every row")
    parser.add_argument("--audio", help="also keep what was heard here (.npz), to analyse again with --from")
    parser.add_argument("--frame-rate", help="the video's frame rate (30000/1001): note-ons whose spacing is not whole frames are counted as schedule moves")
    parser.add_argument("--from", dest="source", help="analyse a recording kept with --audio instead of listening")
    args = parser.parse_args()

    if args.source:
        kept = np.load(args.source)
        names = [str(n) for n in kept["names"]]
        heard = np.stack([kept[n] for n in names])
        first, rate, period = int(kept["first"]), int(kept["rate"]), int(kept["period"])
        ons = [tuple(int(v) for v in row) for row in kept["note_ons"]]
        extra = {k: kept[k].item() for k in ("cycles", "missed_cycles", "xruns", "buffer_full")}
    else:
        heard, first, ons, names, rate, period, extra = record(args)
        if args.audio:
            np.savez_compressed(args.audio, first=first, rate=rate, period=period, names=np.array(names),
                                note_ons=np.array(ons, dtype=np.int64).reshape(-1, 2),
                                **extra, **{name: heard[i] for i, name in enumerate(names)})

    rows, figures = analyse(heard, first, ons, names, rate, period, args.silence, args.label)
    figures.update(extra)
    if args.frame_rate:
        numerator, _, denominator = args.frame_rate.partition("/")
        figures["schedule_moves_ms"] = schedule_moves(ons, rate, float(numerator) / float(denominator or 1))
    with open(args.csv, "a", encoding="utf-8") as out:
        for row in rows:
            out.write(",".join(str(v) for v in row) + "\n")
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump(figures, out, indent=1)
    print(json.dumps(figures), flush=True)




if __name__ == "__main__":
    main()
