"""kill -9 at random moments of a save: afterwards the events CSV and the layers agree and no temporary file remains.

Each round starts a process that saves a batch of new events, kills it with
SIGKILL at a random moment of the save, then does what any reader does first
(:func:`geo.sync.ensure_current`) and checks: the CSV is whole and holds the batch
entirely or not at all, the layers hold exactly the CSV's map events and carry its
fingerprint, and no temporary file is left in ``data/`` or ``layers/``.
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from geo import atomic, sync
from geo.events import read_events

PROJECT = Path(__file__).resolve().parent.parent
MINI = Path(__file__).parent / "data" / "mini"
ROUNDS = 20
BATCH = 200
SEED = int(os.environ.get("KILL_TEST_SEED", "20261129"))

SAVER = """
import datetime as dt, sys, time
from geo import atomic
from geo.review import save_events
from geo.sync import gazetteer_for
events_csv, layers, tag, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
write_text = atomic.write_text                # report when the write phase starts
def timed(*args):
    print("writing", time.monotonic(), flush=True)
    return write_text(*args)
atomic.write_text = timed
gazetteer = gazetteer_for(events_csv)
places = ["Ganja", "Barda", "Stepanakert", "Lachin", "Goris"]
batch = []
for i in range(n):
    day = (dt.date(2021, 1, 1) + dt.timedelta(days=i)).isoformat()
    batch.append({"id": f"{tag}-{i}", "layer": "shelling", "kind": "artillery", "status": "",
                  "place": places[i % len(places)], "start_date": day, "end_date": day, "date_precision": "day",
                  "geo_precision": "town", "claimed_by": f"claimant {tag}", "description": "kill test",
                  "source": "Kill test", "source_url": "", "quote": ""})
print("ready", flush=True)
sys.stdin.readline()
save_events(batch, events_csv, layers, gazetteer)
print("saved", flush=True)
"""


def start_saver(events_csv, layers, tag):
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(events_csv), str(layers), tag, str(BATCH)],
                            cwd=PROJECT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def go(proc):
    proc.stdin.write("\n")
    proc.stdin.flush()
    return time.monotonic()


def check_consistent(events_csv, layers, tag):
    """What must hold after any kill, once a reader has looked."""
    sync.ensure_current(layers)
    events = [e for _, e in read_events(events_csv)]                      # whole, valid CSV
    batch = {e["id"] for e in events if e["id"].startswith(f"{tag}-")}
    assert len(batch) in (0, BATCH), f"{len(batch)} of {BATCH} rows of {tag}: a half-written CSV"
    in_layers = {f["id"] for name in ("corridors", "shelling", "checkpoints")
                 for f in json.loads((layers / f"{name}.geojson").read_text(encoding="utf-8"))["features"]}
    assert in_layers == {e["id"] for e in events if e["layer"] != "other"}, "the layers and the CSV disagree"
    assert sync.stale(layers) is None
    leftovers = [p.name for d in (events_csv.parent, layers) for p in d.iterdir() if atomic.is_temp(p)]
    assert leftovers == [], f"temporary files left: {leftovers}"
    return bool(batch)


def test_kill_9_at_random_moments_of_a_save_never_leaves_csv_and_layers_apart(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    events_csv, layers = data / "events.csv", tmp_path / "layers"
    sync.rebuild(events_csv, layers)
    # how long one save takes here, and when its write phase starts, so the kills fall inside it
    proc = start_saver(events_csv, layers, "calibrate")
    began = go(proc)
    writing = float(proc.stdout.readline().split()[1]) - began
    assert proc.stdout.readline().strip() == "saved"
    duration = time.monotonic() - began
    proc.wait(timeout=60)
    assert check_consistent(events_csv, layers, "calibrate")

    rng = random.Random(SEED)
    span = max(duration - writing, 0.01)         # the write phase: CSV, then layers
    outcomes = []

    def kill_round(tag, after_writing=None, delay=0.0):
        """Kill a save ``delay`` s after it starts, or after its write phase starts; whether it committed."""
        proc = start_saver(events_csv, layers, tag)
        began = go(proc)
        if after_writing is not None:            # anchored on this round's own write phase
            assert proc.stdout.readline().split()[0] == "writing"
            time.sleep(after_writing)
        else:
            time.sleep(max(0.0, began + delay - time.monotonic()))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        return check_consistent(events_csv, layers, tag)

    for round_ in range(ROUNDS):
        # every other kill inside the write phase, the rest anywhere in the save
        if round_ % 2:
            outcomes.append(kill_round(f"k{round_}", after_writing=rng.uniform(0, span * 1.2)))
        else:
            outcomes.append(kill_round(f"k{round_}", delay=rng.uniform(0, duration * 1.05)))
    # the kills must land on both sides of the commit point; a machine slower or faster than
    # the calibration can miss one side, so go on towards it (later, or at once) a few rounds more
    extra = 0
    while (all(outcomes) or not any(outcomes)) and extra < ROUNDS:
        if any(outcomes):
            outcomes.append(kill_round(f"x{extra}", delay=0.0))
        else:
            outcomes.append(kill_round(f"x{extra}", after_writing=span * (1.5 + extra)))
        extra += 1
    assert any(outcomes) and not all(outcomes), (outcomes, duration)
    print(f"save of {BATCH} rows: {duration:.2f} s, writing from {writing:.2f} s; "
          f"batches committed when killed: {sum(outcomes)}/{len(outcomes)}")
