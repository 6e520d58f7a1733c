"""Small data for the dashboard's tests: events and a gazetteer supplement written for them.

The events follow the real timeline (old Lachin route until 30 Aug 2022, the
bypass after it, the blockade from 12 Dec 2022, the Hakari Bridge checkpoint
from 23 Apr 2023, shelling reports in Oct 2020) with made-up wording, plus one
event whose fields carry HTML and script tags, to check they are shown as text.
"""

from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = HERE / "events.csv"
GAZETTEER = HERE / "gazetteer.csv"


def build(out_dir):
    """Geocode the fixture events into ``out_dir/*.geojson``; returns the folder."""
    from geo.gazetteer import load_gazetteer
    from geo.layers import build_from_file, write_layers
    write_layers(build_from_file(EVENTS, load_gazetteer(GAZETTEER)), out_dir)
    return Path(out_dir)
