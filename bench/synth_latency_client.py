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
silence gives a template: its first 20 ms from its first sample above --silence (-140 dBFS; an idle
FluidSynth with reverb gives -160, and the voice's own first samples rise above it 5 frames after
it starts). Every note's onset is where the template fits best
(normalised cross-correlation, at least 0.9) from one period and a block before the note's due
frame (a synth that applies a cycle's events at the cycle's start sounds before the event's own
frame) up to the next note's window. A cycle this client missed counts as silence, and a note with
one before its onset is not counted.

The due frame is the note-on's frame as long as JACK's clock keeps to the system's. The dummy
driver's clock loses time at each of its own xruns, and Pix2Midi's JACK output follows it only past
a tolerance (10 ms or two periods), while the synth plays on the system clock: so each cycle is also
timed on CLOCK_MONOTONIC, and with the notes' video times (--frame-rate, --notes-at) each note-on's
offset from its due time is known (schedule_errors) and taken off. Latency = onset - due frame.
One row per note and input goes to --csv, the figures (p50 / p99 / max in ms, nearest rank) to
--json. FluidSynth starts voices on its 64-frame blocks, which JACK's periods keep aligned to the
frame count: every onset of one input on the same phase of that grid (`block_phases` in the JSON)
says each was found to the sample.

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
import time

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
    cycles = np.zeros((capacity // 16 + 16, 4), dtype=np.int64)  # absolute frame, position in `audio`, frames, CLOCK_MONOTONIC ns
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
        cycles[counts[0]] = (start, used, frames, time.monotonic_ns())
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
    starts = [tuple(int(v) for v in row[:3]) for row in cycles[:counts[0]]]
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
    clock = cycles[:counts[0], [0, 3]].copy()  # when each cycle ran (frame, ns): how JACK's clock kept to the system's
    ons = sorted(tuple(int(v) for v in row) for row in note_ons[:counts[2]])
    return heard, first, ons, names, rate, period, extra, clock


def schedule_errors(ons, clock, rate, due_times):
    """Per note, in frames: how far its note-on's frame lies from its due time on the system clock,
    against the first note's. Pix2Midi's JACK output ties its schedule to JACK's frame clock once
    (at the first message) and follows it only past a tolerance (10 ms or two periods); the synth
    plays on the system clock. The dummy driver's frame clock loses time at each of its own xruns
    (it starts counting again from the late wake-up), so on a loaded machine a note-on can stand off
    its due time, and the synth's latency against it would be off by as much.

    `clock` holds each cycle's frame and the CLOCK_MONOTONIC time this client's callback ran; the
    median of time - frame / rate over the half second around a note gives the system time of its
    frame. `due_times` are the notes' times in the video, in seconds, in order: each note-on is
    matched with the nearest (a note-on this client missed leaves its time unmatched)."""
    if clock is None or len(clock) == 0 or due_times is None or not ons:
        return [0.0] * len(ons)
    frames = clock[:, 0].astype(np.float64)
    offsets = clock[:, 1].astype(np.float64) / 1e9 - frames / rate

    def time_of(frame):
        near = np.abs(frames - frame) <= rate / 4
        return frame / rate + float(np.median(offsets[near])) if near.any() else math.nan

    due_times = np.asarray(due_times)
    origin = time_of(ons[0][0]) - due_times[0]
    errors = []
    for frame, _ in ons:
        played = time_of(frame) - origin
        errors.append((played - due_times[int(np.argmin(np.abs(due_times - played)))]) * rate)
    return errors


def analyse(heard, first, ons, names, rate, period, silence, label, off):
    """Each note's onset and latency per input: (rows for the CSV, figures). `off`: schedule_errors."""
    lead = period + 64                  # the earliest an onset may come before its note-on
    span = int(0.020 * rate)            # the template: the note's first 20 ms
    quiet = int(0.050 * rate)           # silence before the note the template is taken from
    rows = []
    # Each note's due time as a JACK frame: its note-on's frame, less how far that stood off the due
    # time on the system clock (nothing, unless JACK's clock lost time since the first note).
    off = [0.0 if math.isnan(m) else m for m in off]
    due = [frame - int(round(m)) for (frame, _), m in zip(ons, off)]
    figures = {"label": label, "rate": rate, "period": period, "notes": len(ons), "silence": silence,
               "off_schedule": int(sum(abs(m) > 0.0005 * rate for m in off)), "off_schedule_max_ms": round(float(max((abs(m) for m in off), default=0)) * 1000.0 / rate, 2),
               "inputs": {}}
    def window(k, x):
        """Where note k's onset may be: from one period (and a block) before its due frame or its
        note-on's, whichever is earlier (the peer plays on the note-on), to the next note's window."""
        frame = due[k]
        low = min(frame, ons[k][0]) - lead - first
        high = (min(due[k + 1], ons[k + 1][0]) - lead if k + 1 < len(ons) else frame + rate) - first
        return low, min(high, frame + rate // 2 - first, len(x) - span)

    def find_template(x):
        """The first note that starts from silence: its first 20 ms from its first sample above `silence`."""
        for k in range(len(ons)):
            low, high = window(k, x)
            if low - quiet < 0 or high <= low:
                continue
            before, region = x[low - quiet:low], x[low:high]
            gaps = np.isnan(before)  # a cycle this client missed in the silence before does not matter
            if gaps.mean() > 0.5 or np.nanmax(np.abs(before)) >= silence:
                continue
            loud = np.flatnonzero(np.abs(region) >= silence)  # NaN compares False
            if loud.size and loud[0] + span <= region.size and not np.isnan(region[:loud[0] + span]).any():
                return region[loud[0]:loud[0] + span].astype(np.float64), k + 1
        return None, None

    templates = [find_template(heard[i]) for i in range(len(names))]
    for i, name in enumerate(names):
        x = heard[i]

        template, template_note = templates[i]
        if template is None:
            # This input missed every note's start from silence (connected late): the same sound from another.
            template, template_note = next(((t, f"{names[j]} {n}") for j, (t, n) in enumerate(templates) if t is not None), (None, None))
        latencies, scores, unclear = [], [], 0
        for k, (frame, key) in enumerate(ons):
            low, high = window(k, x)
            region = x[low:high + span].astype(np.float64) if high > low >= 0 else np.array([])
            gaps = np.isnan(region)  # cycles this client missed
            region[gaps] = 0.0
            if template is None or region.size < span or gaps.all():
                rows.append((label, name, k + 1, key, frame, due[k], "", "", "", "", round(off[k], 1)))
                unclear += 1
                continue
            # Normalised cross-correlation of the template along the window: the previous note's
            # tail and the chorus differ from note to note, the attack does not.
            dot = np.correlate(region, template, mode="valid")
            energy = np.concatenate(([0.0], np.cumsum(region * region)))
            norms = np.sqrt(np.maximum(energy[span:] - energy[:-span], 1e-30)) * np.linalg.norm(template)
            score = dot / norms
            j = int(np.argmax(score))
            if score[j] < 0.9 or gaps[:j + span].any():
                # No fit, or a missed cycle before it, where an earlier onset could hide.
                rows.append((label, name, k + 1, key, frame, due[k], "", "", "", round(float(score[j]), 4), round(off[k], 1)))
                unclear += 1
                continue
            onset = first + low + j
            latency = onset - due[k]
            rows.append((label, name, k + 1, key, frame, due[k], onset, latency, round(latency * 1000.0 / rate, 4), round(float(score[j]), 4), round(off[k], 1)))
            latencies.append(latency)
            scores.append(float(score[j]))
        onsets = [r[6] for r in rows if r[1] == name and r[6] != ""]
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
    parser.add_argument("--frame-rate", help="the video's frame rate (30000/1001)")
    parser.add_argument("--notes-at", help="the video frames of the notes, FIRST:EVERY (60:14): with --frame-rate, their due times")
    parser.add_argument("--from", dest="source", help="analyse a recording kept with --audio instead of listening")
    args = parser.parse_args()

    if args.source:
        kept = np.load(args.source)
        names = [str(n) for n in kept["names"]]
        heard = np.stack([kept[n] for n in names])
        first, rate, period = int(kept["first"]), int(kept["rate"]), int(kept["period"])
        ons = [tuple(int(v) for v in row) for row in kept["note_ons"]]
        extra = {k: kept[k].item() for k in ("cycles", "missed_cycles", "xruns", "buffer_full")}
        clock = kept["clock"] if "clock" in kept else None
    else:
        heard, first, ons, names, rate, period, extra, clock = record(args)
        if args.audio:
            np.savez_compressed(args.audio, first=first, rate=rate, period=period, names=np.array(names), clock=clock,
                                note_ons=np.array(ons, dtype=np.int64).reshape(-1, 2),
                                **extra, **{name: heard[i] for i, name in enumerate(names)})

    due_times = None
    if args.frame_rate and args.notes_at:
        numerator, _, denominator = args.frame_rate.partition("/")
        start, _, every = args.notes_at.partition(":")
        due_times = [(int(start) + k * int(every)) * float(denominator or 1) / float(numerator) for k in range(len(ons) + 1000)]
    rows, figures = analyse(heard, first, ons, names, rate, period, args.silence, args.label, schedule_errors(ons, clock, rate, due_times))
    figures.update(extra)
    with open(args.csv, "a", encoding="utf-8") as out:
        for row in rows:
            out.write(",".join(str(v) for v in row) + "\n")
    with open(args.json, "w", encoding="utf-8") as out:
        json.dump(figures, out, indent=1)
    print(json.dumps(figures), flush=True)

if __name__ == "__main__":
    main()
