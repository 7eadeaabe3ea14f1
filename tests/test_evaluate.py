"""Scoring rules of shared/gold/README.md, and the development-set targets."""

from __future__ import annotations

from graph import evaluate as ev
from graph import pipeline, readers
from graph.predictions import as_prediction
from tests.conftest import shared_path

TEXT = "We support strong safeguards. Russia spoke. The UN met."
GOLD = {
    "d.txt": {
        "document": "d.txt",
        "metadata": {"speaker": "José Pérez", "role": "Minister", "state": "RUS"},
        "entities": {
            "required": [["State", "RUS"], ["Body", "un"]],
            "optional": [["Organization", "*"], ["Body", "unga"]],
        },
        "stances": {
            "required": [
                {
                    "holder": "RUS",
                    "topic": "human-rights-safeguards",
                    "polarity": ["support"],
                    "evidence": ["strong safeguards"],
                }
            ],
            "optional": [{"holder": "RUS", "topic": "sovereignty"}],
        },
    }
}


def prediction(**over):
    base = {
        "document": "d.txt",
        "metadata": {"speaker": "jose perez", "role": "First Deputy Minister", "state": "RUS"},
        "entities": [
            {"type": "State", "id": "RUS"},
            {"type": "Organization", "id": "anything"},
            {"type": "Body", "id": "unga"},
            {"type": "State", "id": "CHN"},
        ],
        "stances": [
            {
                "holder": "RUS",
                "topic": "human-rights-safeguards",
                "polarity": "support",
                "evidence": [{"text": "We support strong safeguards.", "start": 0, "end": 29}],
            },
            {"holder": "RUS", "topic": "sovereignty", "polarity": "oppose", "evidence": []},
            {
                "holder": "RUS",
                "topic": "broad-scope",
                "polarity": "support",
                "evidence": [{"text": "Russia spoke.", "start": 30, "end": 43}],
            },
        ],
    }
    base.update(over)
    return base


def test_scoring_follows_the_gold_rules():
    s = ev.score(GOLD, [prediction()], {"d.txt": TEXT})
    assert (s.metadata_right, s.metadata_total) == (3, 3)  # accents, case, role containment
    # RUS right; un missed; CHN extra; Organization and optional unga neutral
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (1, 1, 1)
    # safeguards matched; sovereignty optional; broad-scope extra
    assert (s.stances.tp, s.stances.fp, s.stances.fn) == (1, 1, 0)
    assert "d.txt: entity Body un not found" in s.misses


def test_stance_needs_overlapping_evidence_and_allowed_polarity():
    wrong_span = prediction(
        stances=[
            {
                "holder": "RUS",
                "topic": "human-rights-safeguards",
                "polarity": "support",
                "evidence": [{"text": "The UN met.", "start": 44, "end": 55}],
            }
        ]
    )
    s = ev.score(GOLD, [wrong_span], {"d.txt": TEXT})
    assert (s.stances.tp, s.stances.fn) == (0, 1)
    wrong_polarity = prediction(
        stances=[
            {
                "holder": "RUS",
                "topic": "human-rights-safeguards",
                "polarity": "oppose",
                "evidence": [{"text": "x", "start": 0, "end": 29}],
            }
        ]
    )
    s = ev.score(GOLD, [wrong_polarity], {"d.txt": TEXT})
    assert (s.stances.tp, s.polarity_right, s.polarity_total) == (0, 0, 1)


def test_development_set_targets():
    """Targets of issue 3 on shared/gold/dev: metadata 12/12, entity F1 1.0, stance F1 1.0."""
    gold = ev.load_gold(shared_path("gold", "dev"))
    docs = [d for d in readers.read([shared_path("seeds")]) if not isinstance(d, readers.Problem)]
    preds = [as_prediction(pipeline.extract(d)) for d in docs]
    s = ev.score(gold, preds, {d.id: d.text for d in docs})
    report = ev.report(s)
    assert (s.metadata_right, s.metadata_total) == (12, 12), report
    assert s.entities.f1 == 1.0, report
    assert s.stances.f1 == 1.0, report
