"""The shipped ``ontology/states.ttl`` is what ``tools/gen_states.py`` makes of the table:
a name added by hand to the Turtle would be lost at the next regeneration."""

from __future__ import annotations

import contextlib
import io
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_states_turtle_is_regenerated_from_the_table():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(ROOT / "tools" / "gen_states.py"), run_name="__main__")
    assert out.getvalue() == (ROOT / "ontology" / "states.ttl").read_text(encoding="utf-8")
