"""The hand-made answers for UN General Debate speeches (tests/gold/ungdc*), checked and
scored. Every set was annotated before the extractor ran on its speeches; each folder's
README says how its speeches were chosen, its first (blind) figures and what changed since.

The speech texts stay in ../shared (never copied here): gold files name corpus lines by
their ``id``. The floors sit a little under the current figures, so a change that makes
extraction worse on these real statements fails here.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from graph import codebook, pipeline, readers
from graph import evaluate as ev
from graph.cli import main
from graph.predictions import as_prediction
from tests.conftest import REPO, shared_path

CORPUS = ("corpus", "ungdc", "ungdc_cyber_ict_2010_2024.jsonl")
# The cyber subset is used up; later samples come from the whole corpus.
FULL_CORPUS = ("corpus", "ungdc", "ungdc_1946_2024.jsonl.gz")
FIELD_MAP = {"state": "country_code", "event": "unga-{session}"}
# Types whose ids are open-ended (any UN symbol, any session, any person's slug).
OPEN_TYPES = {"Person", "Resolution", "Event", "Organization"}


@dataclass(frozen=True)
class Floors:
    """What a set must still score: counts, then F1 (and precision) floors."""

    documents: int
    metadata: int
    entity_f1: float
    entity_p: float
    stance_f1: float | None  # None: too few stances for a rate (see stance_tp)
    stance_p: float = 0.95
    stance_tp: int = 0
    types: dict[str, float] = field(default_factory=dict)
    corpus: tuple[str, ...] = CORPUS


# Figures when the floors were set (2026-11-26); the blind figures are in each README.
SETS = {
    # entities F1 .993, stances P .933 R .875 F1 .903 (no longer blind; the one extra is
    # Togo's counter-terrorism found on a sentence the annotator did not quote)
    "ungdc": Floors(
        12,
        24,
        0.97,
        0.97,
        0.88,
        0.93,
        types={
            "State": 0.97,
            "Body": 0.95,
            "Resolution": 0.95,
            "Instrument": 0.95,
            "Person": 0.95,
            "Event": 0.95,
        },
    ),
    # entities F1 1.000, stances P .941 R .842 F1 .889 (no longer blind)
    "ungdc-heldout": Floors(
        11,
        22,
        0.97,
        0.97,
        0.84,
        0.90,
        types={"State": 0.95, "Body": 0.95, "Person": 0.95, "Instrument": 0.95, "Resolution": 0.85},
    ),
    # entities F1 .964, stances P 1.000 R 1.000 F1 1.000 (blind: .727; rules for its
    # misses added 2026-11-26)
    "ungdc-unseen": Floors(6, 12, 0.93, 0.97, 0.90),
    # entities F1 .982, stances P 1.000 R .909 F1 .952 (after rules for its miss themes)
    "ungdc-blind3": Floors(
        6,
        12,
        0.96,
        0.96,
        0.90,
        types={
            "State": 0.95,
            "Body": 0.95,
            "Resolution": 0.95,
            "Person": 0.70,
            "Event": 0.70,
            "Instrument": 0.70,
        },
    ),
    # entities F1 .995, stances P .833 R 1.000 F1 .909 (blind: .333; rules for its misses
    # added 2026-11-26)
    "ungdc-blind4": Floors(
        6,
        12,
        0.96,
        0.97,
        0.85,
        0.80,
        types={"State": 0.95, "Body": 0.95, "Resolution": 0.95, "Person": 0.80, "Event": 0.80},
    ),
    # entities F1 .961, stances P 1.000 R .818 F1 .900 (blind: .533, 2026-11-26)
    "ungdc-blind5": Floors(
        6,
        12,
        0.93,
        0.95,
        0.85,
        types={"State": 0.95, "Body": 0.90, "Person": 0.70},
    ),
    # entities F1 .995, stances P 1.000 R .900 F1 .947 (blind: .571, 2026-11-26)
    "ungdc-blind6": Floors(
        6,
        12,
        0.96,
        0.97,
        0.88,
        types={"State": 0.95, "Body": 0.95, "Resolution": 0.95, "Person": 0.80},
    ),
    # entities F1 .982, stances P 1.000 R .875 F1 .933 (blind: .545, 2026-11-26)
    "ungdc-blind7": Floors(
        6,
        12,
        0.96,
        0.96,
        0.85,
        types={"State": 0.95, "Body": 0.95, "Event": 0.95, "Person": 0.80},
    ),
    # entities F1 .906 (persons .595: canonical spellings the text does not use), stances
    # P 1.000 R .875 F1 .933 (blind: .308, 2026-11-26)
    # (the one extra stance: Estonia commending "all global efforts to fight ISIL", which the
    # set's README makes an optional cooperation stance but its gold file does not list)
    "ungdc-blind8": Floors(
        6,
        12,
        0.88,
        0.96,
        0.85,
        0.85,
        types={"State": 0.95, "Body": 0.93, "Resolution": 0.95, "Person": 0.55},
    ),
    # a random sample: entities F1 .978, stances P .875 R .778 F1 .824 (blind: .462,
    # 2026-11-26)
    "ungdc-blind9": Floors(
        6,
        12,
        0.95,
        0.97,
        0.78,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Resolution": 0.95, "Person": 0.80},
    ),
    # a random sample of eight: entities F1 .929, stances P .857 R 1.000 F1 .923 (blind:
    # .600, 2026-11-26)
    "ungdc-blind10": Floors(
        8,
        16,
        0.90,
        0.97,
        0.85,
        0.80,
        types={"State": 0.93, "Body": 0.93, "Person": 0.75},
    ),
    # random samples of eight (seed 11, even and odd positions): entities F1 .960 and .962,
    # stances 1.000 and P 1.000 R .857 F1 .923 (blind: .889 and .000, 2026-11-26)
    "ungdc-blind11": Floors(
        8,
        16,
        0.93,
        0.97,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.80},
    ),
    "ungdc-blind12": Floors(
        8,
        16,
        0.93,
        0.97,
        0.85,
        types={"State": 0.95, "Body": 0.93, "Person": 0.80},
    ),
    # random samples of eight (seed 13, even and odd positions): entities F1 .967 and .978,
    # stances 1.000 and P 1.000 R .667 F1 .800 (blind: .667 and .667, 2026-11-26)
    "ungdc-blind13": Floors(
        8,
        16,
        0.94,
        0.97,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.85},
    ),
    "ungdc-blind14": Floors(
        8,
        16,
        0.95,
        0.97,
        0.75,
        types={"State": 0.97, "Body": 0.93, "Person": 0.90},
    ),
    # random samples of eight (seed 15, even and odd positions): entities F1 .991 and .990,
    # stances P 1.000 R .800 F1 .889 and P 1.000 R .857 F1 .923 (blind: .000 and .400,
    # 2026-11-26)
    "ungdc-blind15": Floors(
        8,
        16,
        0.97,
        0.98,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.90},
    ),
    # ungdc-blind16: Mauritius's cooperation is now found (with "That can be achieved only
    # through multilateralism", after terrorism "requires cooperation and proper coordination
    # among all Member States"), on another sentence than the annotator's
    "ungdc-blind16": Floors(
        8,
        16,
        0.97,
        0.98,
        0.85,
        stance_p=0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.90},
    ),
    # random samples of eight (seed 17, even and odd positions): entities F1 .973 and .978,
    # stances P 1.000 R .333 (1 of 3) and P .750 R .750 F1 .750 (blind: .500 and .571,
    # 2026-11-26); the one extra in the second is Croatia's cooperation stance found on
    # "unprecedented cooperation and unwavering resolve to counter terrorism", a sentence
    # the annotator quoted for counter-terrorism only
    "ungdc-blind17": Floors(
        8,
        16,
        0.95,
        0.98,
        None,
        stance_tp=1,
        types={"State": 0.97, "Body": 0.97, "Resolution": 0.95},
    ),
    "ungdc-blind18": Floors(
        8,
        16,
        0.95,
        0.97,
        0.70,
        stance_p=0.70,
        types={"State": 0.97, "Body": 0.97, "Person": 0.90},
    ),
    # random samples of eight (seed 19, even and odd positions): entities F1 .967 and .982,
    # stances 1.000 and 1.000 (4 of 4 each; blind: .667 and .667, 2026-11-26)
    "ungdc-blind19": Floors(
        8,
        16,
        0.94,
        0.98,
        0.85,
        types={"State": 0.97, "Body": 0.97},
    ),
    "ungdc-blind20": Floors(
        8,
        16,
        0.96,
        0.98,
        0.85,
        types={"State": 0.97, "Body": 0.97},
    ),
    # random samples of eight (seed 21, even and odd positions): entities F1 .992 and .983,
    # stances P 1.000 R .833 F1 .909 and P .857 R .857 F1 .857 (blind: .667 and .727,
    # 2026-11-26); the extra in the second: Mauritius's cooperation found on "These
    # challenges cannot be overcome without greater cooperation", after a list of perils
    # with terrorism and cyberthreats, where the annotator quoted another passage
    "ungdc-blind21": Floors(
        8,
        16,
        0.97,
        0.98,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.90},
    ),
    "ungdc-blind22": Floors(
        8,
        16,
        0.96,
        0.98,
        0.80,
        stance_p=0.80,
        types={"State": 0.97, "Body": 0.97, "Person": 0.85},
    ),
    # random samples of eight (seed 23, even and odd positions): entities F1 .989 and .990,
    # stances P 1.000 R .875 F1 .933 and P .750 R .857 F1 .800 (blind: .857 and .615,
    # 2026-11-26); the extras in the second: Cuba objecting to "the distortion of ...
    # human rights when used in a selective ... approach" (read as on safeguards), and
    # Tajikistan's cooperation found on another sentence than the annotator's
    "ungdc-blind23": Floors(
        8,
        16,
        0.97,
        0.98,
        0.85,
        types={"State": 0.97, "Body": 0.97, "Person": 0.85},
    ),
    "ungdc-blind24": Floors(
        8,
        16,
        0.97,
        0.98,
        0.75,
        stance_p=0.70,
        types={"State": 0.97, "Body": 0.97, "Person": 0.85},
    ),
    # random samples (seed 25, positions modulo four) that nearly exhaust the cyber subset:
    # entities F1 .985, .990, .982, .988; stances 5/5, 5/5, 1/2, 2/2, no extras (blind:
    # F1 1.000, .571, .667, .000 on 2026-11-26: speeches cut short as if by a site's footer,
    # cooperation and the UN's role said through the speaker's own acts)
    "ungdc-blind25": Floors(
        8, 16, 0.98, 0.98, 0.95, types={"State": 0.98, "Body": 0.97, "Person": 0.85}
    ),
    "ungdc-blind26": Floors(
        8, 16, 0.98, 0.98, 0.95, types={"State": 0.98, "Body": 0.97, "Person": 0.90}
    ),
    "ungdc-blind27": Floors(
        6, 12, 0.97, 0.98, None, stance_tp=1, types={"State": 0.98, "Body": 0.97}
    ),
    "ungdc-blind28": Floors(
        8, 16, 0.98, 0.98, 0.95, types={"State": 0.97, "Body": 0.97, "Person": 0.85}
    ),
    # random samples of the whole corpus, 2010-2024 speeches on crime or terrorism outside
    # the cyber subset (seed 29, even and odd positions): entities F1 .983 and .978, stances
    # P .750 R .600 and P 1.000 R .600 (blind: .286 and .750, 2026-11-26)
    "ungdc-blind29": Floors(
        8,
        16,
        0.97,
        0.98,
        0.60,
        stance_p=0.70,
        types={"State": 0.98, "Body": 0.97, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind30": Floors(
        8,
        16,
        0.96,
        0.98,
        0.70,
        types={"State": 0.98, "Body": 0.97, "Person": 0.75},
        corpus=FULL_CORPUS,
    ),
    # the same, seed 31: entities F1 .992 and .996, stances 5/5 and 3/3 (blind: .333 and
    # .800, 2026-11-26)
    "ungdc-blind31": Floors(
        8, 16, 0.98, 0.98, 0.95, types={"State": 0.98, "Body": 0.97}, corpus=FULL_CORPUS
    ),
    "ungdc-blind32": Floors(
        8, 16, 0.98, 0.98, 0.95, types={"State": 0.98, "Body": 0.97}, corpus=FULL_CORPUS
    ),
    # the same, seed 33: entities F1 .929 and .981 (surnames after a title, which the gold
    # requires as written, weigh on the first), stances P .800 R .800 and P .600 R .500
    # (blind: .667 and .222, 2026-11-26)
    "ungdc-blind33": Floors(
        8,
        16,
        0.92,
        0.97,
        0.75,
        stance_p=0.75,
        types={"State": 0.95, "Body": 0.97, "Person": 0.75},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind34": Floors(
        8,
        16,
        0.97,
        0.98,
        0.50,
        stance_p=0.55,
        types={"State": 0.98, "Body": 0.97, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),  # the same, seed 35: entities F1 .971 and .989, stances 3/3 and 4/4 (blind: .800 and
    # .571, 2026-11-26)
    "ungdc-blind35": Floors(
        8,
        16,
        0.96,
        0.98,
        0.95,
        types={"State": 0.97, "Body": 0.93, "Person": 0.90},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind36": Floors(
        8,
        16,
        0.98,
        0.98,
        0.95,
        types={"State": 0.98, "Body": 0.97, "Person": 0.75},
        corpus=FULL_CORPUS,
    ),
    # the same, seed 37: entities F1 .988 and .969, stances P 1.000 R .800 and R .571 (blind:
    # .667 and .600, 2026-11-26); the misses are a tax grey list, a demand on a named State,
    # a sea border's "interaction" and demonyms ("a Syrian boy") that name no State here
    "ungdc-blind37": Floors(
        8,
        16,
        0.98,
        0.98,
        0.85,
        types={"State": 0.98, "Body": 0.95, "Person": 0.93},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind38": Floors(
        8,
        16,
        0.96,
        0.98,
        0.70,
        types={"State": 0.95, "Body": 0.98, "Person": 0.90},
        corpus=FULL_CORPUS,
    ),  # the same, seed 39: entities F1 .984 and .980, stances P 1.000 R .500 and R .909 (blind:
    # .500 and .706, 2026-11-26); the misses are an appeal for "shared responsibility" with no
    # crime in its sentence, nuclear material kept from "the wrong hands", the fight against
    # organized crime as "an objective that unites us all" and a list of Sahel actions
    "ungdc-blind39": Floors(
        8,
        16,
        0.98,
        0.98,
        0.65,
        types={"State": 0.98, "Body": 0.98, "Person": 0.90},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind40": Floors(
        8,
        16,
        0.97,
        0.98,
        0.90,
        types={"State": 0.98, "Body": 0.98, "Person": 0.90},
        corpus=FULL_CORPUS,
    ),  # 1990-2009 speeches (the first sets from before 2010), seed 41: entities F1 .960 and
    # .965, stances P .833 R .714 and P .625 R .556 (blind: .545 and .625, 2026-11-26); the
    # persons written by surname after a title ("Mr. Udovenko") are known persons under
    # their full names here, as the codebook's slug rule has it, where the annotators took
    # the name as written
    "ungdc-blind41": Floors(
        8,
        16,
        0.95,
        0.98,
        0.70,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.75},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind42": Floors(
        8,
        16,
        0.95,
        0.98,
        0.55,
        stance_p=0.6,
        types={"State": 0.98, "Body": 0.98, "Person": 0.75},
        corpus=FULL_CORPUS,
    ),  # 2010-2024 again, seed 43, persons annotated under their full names as the codebook
    # says (Person F1 .967 and .900 against .79-.82 in the sets that took names as written):
    # entities F1 .986 and .974, stances P .600 R .429 and P .750 R .375, still blind
    "ungdc-blind43": Floors(
        8,
        16,
        0.98,
        0.98,
        0.45,
        stance_p=0.55,
        types={"State": 0.98, "Body": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind44": Floors(
        8,
        16,
        0.96,
        0.98,
        0.45,
        stance_p=0.7,
        types={"State": 0.97, "Body": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),  # 2010-2024, seed 45, persons under their full names: blind, stances P .667 R .400
    # and P 1.000 R .500 (2026-11-26); after the rules of that day's rounds 82-85 and of
    # these sets (cooperation "appreciative of", a State "firm in its position", "no one
    # country alone"): entities F1 .969 and .982, stances P 1.0 R .600 and P 1.0 R 1.0
    "ungdc-blind45": Floors(
        8,
        16,
        0.96,
        0.98,
        0.7,
        stance_p=0.95,
        types={"State": 0.98, "Body": 0.93, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind46": Floors(
        8,
        16,
        0.97,
        0.98,
        0.95,
        stance_p=0.95,
        types={"State": 0.98, "Body": 0.97, "Person": 0.98},
        corpus=FULL_CORPUS,
    ),  # 2010-2024, seed 47: blind, stances P 1.000 R .714 and P 1.000 R .600; after the
    # rules of rounds 86-89 and of these sets ("we all need to fight trafficking",
    # "counter-narcotics cooperation with neighbouring States"): entities F1 .977 and .981,
    # stances P 1.0 R .857 and P 1.0 R .800
    "ungdc-blind47": Floors(
        8,
        16,
        0.96,
        0.98,
        0.85,
        stance_p=0.95,
        types={"State": 0.96, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind48": Floors(
        8,
        16,
        0.97,
        0.98,
        0.8,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),  # 2010-2024, seed 49, blind first scores: entities F1 .978 and .960 (persons .884
    # and .810: heads of State named by surname, "President Moon"), stances P 1.000 R .625
    # and P .800 R .500; no rule was written for their misses
    "ungdc-blind49": Floors(
        8,
        16,
        0.97,
        0.98,
        0.7,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind50": Floors(
        8,
        16,
        0.95,
        0.98,
        0.55,
        stance_p=0.75,
        types={"State": 0.98, "Person": 0.8},
        corpus=FULL_CORPUS,
    ),  # 2010-2024, seeds 51 and 53, blind first scores: entities F1 .977, .985, .981,
    # .983; stances P 1.000 R .333, P 1.000 R .750, P .400 R .333, P 1.000 R .500 (the
    # misses are passing remarks; a request for mutual legal assistance became a cue)
    "ungdc-blind51": Floors(
        8,
        16,
        0.97,
        0.98,
        0.45,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind52": Floors(
        8,
        16,
        0.98,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind53": Floors(
        8,
        16,
        0.97,
        0.98,
        0.45,
        stance_p=0.45,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind54": Floors(
        8,
        16,
        0.97,
        0.98,
        None,
        stance_tp=1,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),  # 2010-2024, seed 55, blind first scores: entities F1 .984 and .959, stances P .500
    # R .400 and P .667 R .400 (found on other sentences than the gold's); no rule written
    "ungdc-blind55": Floors(
        8,
        16,
        0.97,
        0.97,
        0.4,
        stance_p=0.45,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind56": Floors(
        8,
        16,
        0.95,
        0.98,
        0.45,
        stance_p=0.6,
        types={"State": 0.96, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # 2010-2024, seed 57, blind first scores: entities F1 .961 and .984, stances P .000 R .000
    # (tp 0 of 2) and P 1.000 R .667; after rules for calls to collaborate against criminals,
    # "a role for the United Nations", demonyms before "capital"/"negotiators" and four
    # well-known persons: entities .983 and .992, stances tp 1 of 2 and P 1.000 R .889
    "ungdc-blind57": Floors(
        8,
        16,
        0.97,
        0.98,
        0.45,
        stance_p=0.45,
        types={"State": 0.96, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind58": Floors(
        8,
        16,
        0.98,
        0.97,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # 2010-2024, seed 59, blind first scores: entities F1 .957 and .972, stances P 1.000 R .667
    # and P 1.000 R .400; after rules for persons (a name ends before a State's, "I am …",
    # Lady, senators), another organ's session, terrorism "continues to represent … threats",
    # "cannot single-handedly fight": entities .991 and .986, stances R .833 and R .600
    "ungdc-blind59": Floors(
        8,
        16,
        0.98,
        0.97,
        0.85,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind60": Floors(
        8,
        16,
        0.98,
        0.98,
        0.7,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # 2010-2024, seed 61, blind first scores: entities F1 .987 and .977, stances P .667 R .400
    # and P 1.000 R .857; after five well-known persons and "the Iranian nuclear agreement":
    # entities .996 and .993 (stances unchanged)
    "ungdc-blind61": Floors(
        8,
        16,
        0.98,
        0.98,
        0.45,
        stance_p=0.6,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind62": Floors(
        8,
        16,
        0.98,
        0.98,
        0.85,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # 2010-2024, seed 63, blind first scores: entities F1 .985 and .988, stances P 1.000 R .750
    # and P .600 R .500 (two found on other sentences than the gold's); no rule written
    "ungdc-blind63": Floors(
        8,
        16,
        0.97,
        0.98,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind64": Floors(
        8,
        16,
        0.97,
        0.98,
        0.5,
        stance_p=0.55,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # 2010-2024, seed 65, blind first scores: entities F1 .974 and .988, stances P .556 R .625
    # and P .833 R .556 (several found on other sentences than the gold's); no rule written
    "ungdc-blind65": Floors(
        8,
        16,
        0.96,
        0.98,
        0.55,
        stance_p=0.5,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind66": Floors(
        8,
        16,
        0.98,
        0.98,
        0.6,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # seed 67, blind first scores: entities F1 .962 and .981, stances P .600 R .429 and
    # P 1.000 R .700; then calls for a common response to crime, "Guinea Bissau"
    "ungdc-blind67": Floors(
        8,
        16,
        0.96,
        0.98,
        0.6,
        stance_p=0.6,
        types={"State": 0.97, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind68": Floors(
        8,
        16,
        0.98,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # seed 69, blind first scores: entities F1 .972 and .984, stances P 1.000 R .833 and
    # P .600 R .429; no rule written
    "ungdc-blind69": Floors(
        8,
        16,
        0.97,
        0.97,
        0.85,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind70": Floors(
        8,
        16,
        0.98,
        0.98,
        0.45,
        stance_p=0.55,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # seed 71, blind first scores: entities F1 .995 and .988, stances P 1.000 R .600 and
    # none of six; then crimes that require a joint response
    "ungdc-blind71": Floors(
        8,
        16,
        0.98,
        0.98,
        0.85,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind72": Floors(
        8,
        16,
        0.98,
        0.98,
        0.4,
        stance_p=0.6,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # seed 73, blind first scores: entities F1 .964 and 1.000, stances P 1.000 R .750 and
    # P 1.000 R .167; then joint work and strategies against crime
    "ungdc-blind73": Floors(
        8,
        16,
        0.96,
        0.97,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind74": Floors(
        8,
        16,
        0.99,
        0.99,
        0.45,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 75, blind first scores: entities F1 .992 and 1.000, stances P .667 R .333 and
    # P .750 R .600; no rule written
    "ungdc-blind75": Floors(
        8,
        16,
        0.98,
        0.99,
        0.4,
        stance_p=0.6,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind76": Floors(
        8,
        16,
        0.99,
        0.99,
        0.6,
        stance_p=0.7,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 77, blind first scores: entities F1 .985 and .978, stances P 1.000 R .400 and
    # P 1.000 R .857; no rule written
    "ungdc-blind77": Floors(
        8,
        16,
        0.98,
        0.99,
        0.55,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind78": Floors(
        8,
        16,
        0.97,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # seed 79, blind first scores: entities F1 .964 and .973, stances P 1.000 R .500 and
    # P 1.000 R .750; then former States named as history, "-led" compounds, a citizen's
    # demonym, Medvedev and Touadera, "Let us recall" no call
    "ungdc-blind79": Floors(
        8,
        16,
        0.97,
        0.99,
        0.75,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.94},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind80": Floors(
        8,
        16,
        0.99,
        0.99,
        0.85,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 81, blind first scores: entities F1 .988 and .996, stances P .667 R .333 and
    # P 1.000 R .889; then "acts of terror", nations coming together against criminal
    # networks, "Israeli- Palestinian", Luis Almagro
    "ungdc-blind81": Floors(
        8,
        16,
        0.99,
        0.99,
        0.7,
        stance_p=0.75,
        types={"State": 0.99, "Person": 0.94},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind82": Floors(
        8,
        16,
        0.99,
        0.99,
        0.9,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 83, blind first scores: entities F1 .994 and .995, stances P 1.000 R .800 and
    # P 1.000 R .400; then a call on the UN to improve coordination, "the 80th UNGA"
    "ungdc-blind83": Floors(
        8,
        16,
        0.99,
        0.99,
        0.95,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.92},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind84": Floors(
        8,
        16,
        0.99,
        0.99,
        0.55,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 85, blind first scores: entities F1 .983 and .991, stances P .857 R .750 and
    # P 1.000 R .667; then terrorism denounced, the UN asked to lead after an objection in
    # another clause, a treaty committee's session, "the Russian incursion", Juan Guaido
    "ungdc-blind85": Floors(
        8,
        16,
        0.98,
        0.99,
        0.95,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.94},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind86": Floors(
        8,
        16,
        0.99,
        0.99,
        0.75,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # seed 87, blind first scores: entities F1 .966 and .975, stances P .000 R .000 (3 in
    # gold) and P 1.000 R .286; then the speaker "in cooperation with neighbouring
    # countries", partners' contribution welcomed, "fight the ideology of terrorism",
    # "terrorism calls for an integrated strategy", "This must be stopped", a demonym before
    # "Chancellor", a serial comma in a list of Council resolutions
    "ungdc-blind87": Floors(
        8,
        16,
        0.96,
        0.99,
        None,
        stance_p=0.95,
        stance_tp=3,
        types={"State": 0.98, "Person": 0.89},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind88": Floors(
        8,
        16,
        0.98,
        0.99,
        0.80,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.89},
        corpus=FULL_CORPUS,
    ),
    # seed 89, blind first scores: entities F1 .981 and .989, stances P .800 R .571 and
    # P 1.000 R .833; no rule was written from them (their misses: a State as the subject of
    # its own cooperation, counterfeit medicines, "these scourges" after "terrorists")
    "ungdc-blind89": Floors(
        8,
        16,
        0.98,
        0.97,
        0.66,
        stance_p=0.80,
        types={"State": 0.97, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind90": Floors(
        8,
        16,
        0.98,
        0.99,
        0.90,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # seed 91, blind first scores: entities F1 .980 and .967, stances P 1.000 R .667 and
    # P 1.000 R .375; then "coordinate their actions" against terrorism, "that cowardly
    # attack", "work closely with ... to suppress piracy", capacities of countries
    "ungdc-blind91": Floors(
        8,
        16,
        0.97,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.93},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind92": Floors(
        8,
        16,
        0.96,
        0.97,
        0.85,
        stance_p=0.95,
        types={"State": 0.96, "Person": 0.92},
        corpus=FULL_CORPUS,
    ),
    # seed 93, blind first scores: entities F1 .991 and .996, stances P 1.000 R .400 and
    # P .750 R .500; no rule written from them yet
    "ungdc-blind93": Floors(
        8,
        16,
        0.99,
        0.99,
        0.57,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    "ungdc-blind94": Floors(
        8,
        16,
        0.99,
        0.99,
        0.6,
        stance_p=0.75,
        types={"State": 0.99, "Person": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 3 of 7 (F1 0.60); after the rules of 2026-11-27 6 of 7 (F1 0.92)
    "ungdc-blind95": Floors(
        8,
        16,
        0.95,
        0.96,
        0.9,
        stance_p=0.95,
        types={"State": 0.95, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 1 of 2 (F1 0.67); after the rules of 2026-11-27 both
    "ungdc-blind96": Floors(
        8,
        16,
        0.99,
        0.99,
        None,
        stance_tp=2,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 2 of 3 (F1 0.80); after the rules of 2026-11-27 all three
    "ungdc-blind97": Floors(
        8,
        16,
        0.99,
        0.99,
        None,
        stance_tp=3,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 4 of 12, one extra (F1 0.47); after the rules of 2026-11-27 7 of 12
    "ungdc-blind98": Floors(
        8,
        16,
        0.93,
        0.98,
        0.65,
        stance_p=0.85,
        types={"State": 0.96, "Person": 0.8},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 7 of 11 (F1 0.78); after the rules of 2026-11-27 8 of 11
    "ungdc-blind99": Floors(
        8,
        16,
        0.99,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 4 of 7, one extra (F1 0.67); after the rules of 2026-11-27 5 of 7
    "ungdc-blind100": Floors(
        8,
        16,
        0.98,
        0.99,
        0.7,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 1 of 5, three extras (F1 0.22); after the rules of 2026-11-27 3 of 5
    "ungdc-blind101": Floors(
        8,
        16,
        0.99,
        0.99,
        0.6,
        stance_p=0.7,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 1 of 7, one extra (F1 0.22); after the rules of 2026-11-27 6 of 7
    "ungdc-blind102": Floors(
        8,
        16,
        0.99,
        0.99,
        0.9,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 5 of 9, two extras (F1 0.63); after the rules of 2026-11-27 6 of 9
    "ungdc-blind103": Floors(
        8,
        16,
        0.98,
        0.98,
        0.7,
        stance_p=0.7,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 1 of 7, one extra (F1 0.22); after the rules of 2026-11-27 4 of 7
    "ungdc-blind104": Floors(
        8,
        16,
        0.98,
        0.99,
        0.6,
        stance_p=0.75,
        types={"State": 0.99, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 3 of 5, one extra (F1 0.67); the rules of 2026-11-27 changed nothing here
    "ungdc-blind105": Floors(
        8,
        16,
        0.97,
        0.98,
        0.6,
        stance_p=0.7,
        types={"State": 0.96, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 4 of 7, no extra (F1 0.73); the rules of 2026-11-27 changed nothing here
    "ungdc-blind106": Floors(
        8,
        16,
        0.95,
        0.98,
        0.7,
        stance_p=0.95,
        types={"State": 0.96, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 5 of 10, two extras (F1 0.59); after the rules of 2026-11-27 7 of 10
    "ungdc-blind107": Floors(
        8,
        16,
        0.98,
        0.99,
        0.7,
        stance_p=0.75,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 6 of 10, no extra (F1 0.75); after the rules of 2026-11-27 9 of 10
    "ungdc-blind108": Floors(
        8,
        16,
        0.99,
        0.99,
        0.9,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 3 of 8, no extra (F1 0.55); after the rules of 2026-11-27 5 of 8
    "ungdc-blind109": Floors(
        8,
        16,
        0.98,
        0.99,
        0.7,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 4 of 8, one extra (F1 0.62); after the rules of 2026-11-27 5 of 8
    "ungdc-blind110": Floors(
        8,
        16,
        0.98,
        0.99,
        0.65,
        stance_p=0.8,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 9 of 12, one extra (F1 0.82); after the rules of 2026-11-27 11 of 12
    "ungdc-blind111": Floors(
        8,
        16,
        0.97,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 2 of 7, no extra (F1 0.44); unchanged after the rules of 2026-11-27
    "ungdc-blind112": Floors(
        8,
        16,
        0.99,
        0.99,
        0.4,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 3 of 6, no extra (F1 0.67); after the rules of 2026-11-27 4 of 6
    "ungdc-blind113": Floors(
        8,
        16,
        0.98,
        0.99,
        0.75,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 1 of 5, no extra (F1 0.33); unchanged after the rules of 2026-11-27
    "ungdc-blind114": Floors(
        8,
        16,
        0.98,
        0.98,
        0.3,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 228-231): stances 2 of 3, no extra (F1 0.80);
    # unchanged after the rest
    "ungdc-blind115": Floors(
        8,
        16,
        0.99,
        0.99,
        0.75,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 228-231): stances 3 of 6, four extras (F1 0.46);
    # after the rules of 2026-11-27 4 of 6, three extras
    "ungdc-blind116": Floors(
        8,
        16,
        0.96,
        0.98,
        0.6,
        stance_p=0.55,
        types={"State": 0.96, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 3 of 4, no extra (F1 0.86); after the rules of 2026-11-27 4 of 4
    "ungdc-blind117": Floors(
        8,
        16,
        0.98,
        0.99,
        0.95,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind: stances 6 of 12, no extra (F1 0.67); after the rules of 2026-11-27 9 of 12
    "ungdc-blind118": Floors(
        8,
        16,
        0.99,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 236-239): stances 4 of 6, one extra (F1 0.73); after
    # the rules of 2026-11-27 5 of 6
    "ungdc-blind119": Floors(
        8,
        16,
        0.98,
        0.99,
        0.8,
        stance_p=0.8,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 236-239): stances 4 of 8, no extra (F1 0.67); after
    # the rules of 2026-11-27 7 of 8
    "ungdc-blind120": Floors(
        8,
        16,
        0.98,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 236-239): stances 3 of 5, no extra (F1 0.75);
    # unchanged after the rest
    "ungdc-blind121": Floors(
        8,
        16,
        0.99,
        0.99,
        0.7,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 236-239): stances 7 of 11, no extra (F1 0.78);
    # after the rules of 2026-11-27 8 of 11
    "ungdc-blind122": Floors(
        8,
        16,
        0.97,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind (code e7cb620): stances 4 of 5, no extra (F1 0.89); after the rules of 2026-11-27
    # the same
    "ungdc-blind123": Floors(
        8,
        16,
        0.98,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code e7cb620): stances 4 of 8, no extra (F1 0.67); after the rules of 2026-11-27
    # 6 of 8
    "ungdc-blind124": Floors(
        8,
        16,
        0.96,
        0.99,
        0.8,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 248-251): stances 4 of 7, no extra (F1 0.73); after
    # the rules of 2026-11-27 the same
    "ungdc-blind125": Floors(
        8,
        16,
        0.97,
        0.99,
        0.7,
        stance_p=0.95,
        types={"State": 0.99, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind (after the rules from rounds 248-251): stances 1 of 3, one extra found on another
    # sentence than the quoted ones (F1 0.40); after the same, with the extra resolution gone
    "ungdc-blind126": Floors(
        8,
        16,
        0.97,
        0.99,
        0.4,
        stance_p=0.5,
        types={"State": 0.99, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of d7b3c1f): stances 1 of 4, no extra (F1 0.40); after the rules from
    # rounds 256-259 and this set: 2 of 4 (Albania's "pivotal role played by the United
    # Nations in the global fight against terrorism")
    "ungdc-blind127": Floors(
        8,
        16,
        0.97,
        0.99,
        0.6,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of d7b3c1f): stances 5 of 6, no extra (F1 0.91); after: 6 of 6 (Burundi's
    # "cooperation in that area", the trafficking named three sentences before)
    "ungdc-blind128": Floors(
        8,
        16,
        0.98,
        0.98,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 1bcd34b): stances 5 of 7, no extra (F1 0.83); after the rules from
    # rounds 260-263 and this set: 6 of 7 (France's acting together against trafficking)
    "ungdc-blind129": Floors(
        8,
        16,
        0.98,
        0.99,
        0.9,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 1bcd34b): stances 4 of 7, one extra on another sentence (F1 0.67); after:
    # 5 of 7 (Malta's "not only regionally but also globally")
    "ungdc-blind130": Floors(
        8,
        16,
        0.97,
        0.99,
        0.75,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.85},
        corpus=FULL_CORPUS,
    ),
    # blind (code of efe5e7e, no rules written from it): stances 4 of 8, no extra (F1 0.67)
    "ungdc-blind131": Floors(
        8,
        16,
        0.97,
        0.98,
        0.6,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of efe5e7e, no rules written from it): stances 4 of 9, no extra (F1 0.62)
    "ungdc-blind132": Floors(
        8,
        16,
        0.97,
        0.98,
        0.6,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 01544e8): stances 2 of 4, no extra (F1 0.67); after the rules from rounds
    # 268-271 and this set: 3 of 4 (Guinea's "terrorism never sleeps; we must combat and
    # defeat it")
    "ungdc-blind133": Floors(
        8,
        16,
        0.95,
        0.98,
        0.8,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.8},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 01544e8): stances 6 of 7, no extra (F1 0.92); after: 7 of 7 (Guinea-
    # Bissau's "commitment to combating this scourge")
    "ungdc-blind134": Floors(
        8,
        16,
        0.98,
        0.99,
        0.95,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 0d73687): stances 2 of 5, no extra (F1 0.57); after the rules from rounds
    # 272-275 and this set: 3 of 5 (Tajikistan's "only through consolidated and collective
    # efforts" against narcotics)
    "ungdc-blind135": Floors(
        8,
        16,
        0.97,
        0.99,
        0.7,
        stance_p=0.95,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 0d73687): stances 7 of 7, no extra (F1 1.00)
    "ungdc-blind136": Floors(
        8,
        16,
        0.97,
        0.98,
        0.95,
        stance_p=0.95,
        types={"State": 0.97, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b1eb3cd): stances 2 of 7, one extra on another sentence (F1 0.40); after
    # the rules from rounds 276-279 and this set: 4 of 7 (Kyrgyzstan's call to strengthen
    # regional law-enforcement agencies and regional cooperation)
    "ungdc-blind137": Floors(
        8,
        16,
        0.97,
        0.99,
        0.6,
        stance_p=0.75,
        types={"State": 0.98, "Person": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b1eb3cd): stances 4 of 7, one extra on another sentence (F1 0.67); after:
    # 5 of 7 (Somalia's appeal to stand together against terrorism and organized crime)
    "ungdc-blind138": Floors(
        8,
        16,
        0.98,
        0.99,
        0.7,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4984861): stances 1 of 5, two extras on other sentences (F1 0.25); after
    # the rules from rounds 280-291 and sets 139-144: 5 of 5 (Georgia's cooperation "in the war
    # against Al-Qaida", Cambodia's "that transnational threat", Sri Lanka's "rid the world of
    # terrorism", Jamaica's multilateral action "to effectively tackle" crime)
    "ungdc-blind139": Floors(
        8,
        16,
        0.95,
        0.96,
        0.8,
        stance_p=0.8,
        types={"State": 0.98, "Person": 0.91},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4984861): stances 4 of 10, two extras on other sentences (F1 0.50); after:
    # 5 of 10 (Afghanistan's "get to the root of the terrorism problem")
    "ungdc-blind140": Floors(
        8,
        16,
        0.98,
        0.99,
        0.5,
        stance_p=0.65,
        types={"State": 0.98, "Person": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 16b1342): stances 3 of 7, two extras on other sentences (F1 0.50); no
    # change after the rules from rounds 284-291
    "ungdc-blind141": Floors(
        8,
        16,
        0.96,
        0.99,
        0.4,
        stance_p=0.5,
        types={"State": 0.98, "Person": 0.88},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 16b1342): stances 4 of 7, no extra (F1 0.73); no change after
    "ungdc-blind142": Floors(
        8,
        16,
        0.99,
        0.99,
        0.6,
        stance_p=0.9,
        types={"State": 0.98, "Person": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4e7808a): stances 5 of 12, one extra (F1 0.56); no change after the rules
    # from rounds 288-291
    "ungdc-blind143": Floors(
        8,
        16,
        0.96,
        0.99,
        0.5,
        stance_p=0.75,
        types={"State": 0.95, "Person": 0.92},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4e7808a): stances 3 of 8, no extra (F1 0.55); after: 4 of 8 (Bangladesh's
    # "global challenges … address those challenges")
    "ungdc-blind144": Floors(
        8,
        16,
        0.97,
        0.96,
        0.6,
        stance_p=0.9,
        types={"State": 0.97, "Person": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 2d1acac): stances 3 of 6, three extras, all right positions on other
    # sentences (F1 0.50); after: 5 of 6 (Iraq's "our war against terror", Lesotho's "no
    # acceptable justification for terrorism")
    "ungdc-blind145": Floors(
        8,
        16,
        0.97,
        0.98,
        0.7,
        stance_p=0.75,
        types={"Person": 0.88, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 2d1acac): stances 4 of 6, two extras on other sentences (F1 0.67); after:
    # 6 of 6 (the Dominican Republic's cooperation "among the narcotics producer, transit and
    # consumer countries", Myanmar's "those horrible crimes")
    "ungdc-blind146": Floors(
        8,
        16,
        0.97,
        0.98,
        0.9,
        stance_p=0.90,
        types={"Person": 0.90, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c23fdfe): stances 6 of 8, no extra (F1 0.86); no change after the rules
    # from rounds 296-299
    "ungdc-blind147": Floors(
        8,
        16,
        0.96,
        0.96,
        0.8,
        stance_p=0.90,
        types={"Person": 0.89, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c23fdfe): stances 1 of 8, two extras, both right positions on other
    # sentences (F1 0.18); after: 2 of 8 (Spain's "cannot be allowed to become a haven for
    # terrorists")
    "ungdc-blind148": Floors(
        8,
        16,
        0.97,
        0.98,
        0.2,
        stance_p=0.45,
        types={"Person": 0.86, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c23fdfe): stances 2 of 8, one extra on another sentence (F1 0.36); after
    # the rules from rounds 300-303: 3 of 8 (Afghanistan's "regional cooperation on the drug
    # problem")
    "ungdc-blind149": Floors(
        8,
        16,
        0.95,
        0.99,
        0.4,
        stance_p=0.65,
        types={"Person": 0.84, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c23fdfe): stances 5 of 12, no extra (F1 0.59); after: 7 of 12 (Benin's
    # struggle against corruption "requires a coordinated judicial effort", North Macedonia's
    # efforts "under the United Nations umbrella")
    "ungdc-blind150": Floors(
        8,
        16,
        0.97,
        0.99,
        0.6,
        stance_p=0.90,
        types={"Person": 0.91, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 094d4d7, the last rules of 2026-11-28 but one): stances 2 of 8, one extra
    # (F1 0.36); after the one rule written from it (irony at another State is no objection to
    # fighting terrorism): 3 of 8, no extra
    "ungdc-blind151": Floors(
        8,
        16,
        0.95,
        0.99,
        0.4,
        stance_p=0.90,
        types={"Person": 0.84, "State": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 094d4d7; no rule written from it): stances 5 of 8, one extra on another
    # sentence (F1 0.71)
    "ungdc-blind152": Floors(
        8,
        16,
        0.94,
        0.97,
        0.6,
        stance_p=0.75,
        types={"Person": 0.79, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of ab869d0, the end of the session before): stances 5 of 8, one extra on
    # another sentence (F1 0.71); unchanged by the rules written from it (persons: Daw Aung
    # San Suu Kyi)
    "ungdc-blind153": Floors(
        8,
        16,
        0.97,
        0.99,
        0.6,
        stance_p=0.80,
        types={"Person": 0.98, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of ab869d0): stances 2 of 3, one extra on another sentence (F1 0.67); the
    # persons written from it (Mayor Bloomberg, Philémon Yang) took entity F1 from .973 to .987
    "ungdc-blind154": Floors(
        8,
        16,
        0.97,
        0.99,
        0.6,
        stance_p=0.60,
        types={"Person": 0.98, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 8b55561): stances 4 of 7, one extra on another sentence (F1 0.67)
    "ungdc-blind155": Floors(
        8,
        16,
        0.97,
        0.98,
        0.6,
        stance_p=0.75,
        types={"Person": 0.93, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 8b55561): stances 4 of 9, one extra on another sentence (F1 0.57); the
    # persons written from it (Qassem Suleimani, Chris Stevens) took entity F1 to .996
    "ungdc-blind156": Floors(
        8,
        16,
        0.98,
        0.99,
        0.5,
        stance_p=0.75,
        types={"Person": 0.98, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 974d2f5, the rules from rounds 308-315): stances 7 of 13, two extras on
    # other sentences (F1 0.64); the rules written from rounds 316-319 leave it as it was
    "ungdc-blind157": Floors(
        8,
        16,
        0.97,
        0.99,
        0.55,
        stance_p=0.70,
        types={"Person": 0.86, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 974d2f5): stances 1 of 7, one extra on another sentence (F1 0.22):
    # passing remarks ("working with its bilateral and international partners", "greater
    # global coordination in the fight against terrorism")
    "ungdc-blind158": Floors(
        8,
        16,
        0.98,
        0.99,
        0.2,
        stance_p=0.45,
        types={"Person": 0.98, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 9c0aeab, the rules from rounds 308-319; none written from it): stances
    # 9 of 10, one extra (F1 0.90)
    "ungdc-blind159": Floors(
        8,
        16,
        0.97,
        0.97,
        0.85,
        stance_p=0.85,
        types={"Person": 0.92, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 9c0aeab; none written from it): stances 4 of 9, two extras (F1 0.53)
    "ungdc-blind160": Floors(
        8,
        16,
        0.96,
        0.98,
        0.5,
        stance_p=0.60,
        types={"Person": 0.90, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 0021df5, all the rules of the session; none written from it): stances
    # 1 of 4, no extra (F1 0.40)
    "ungdc-blind161": Floors(
        8,
        16,
        0.97,
        0.99,
        0.35,
        stance_p=0.95,
        types={"Person": 0.93, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 0021df5; none written from it): stances 4 of 10, one extra on another
    # sentence (F1 0.53)
    "ungdc-blind162": Floors(
        8,
        16,
        0.95,
        0.98,
        0.5,
        stance_p=0.75,
        types={"Person": 0.92, "State": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of f582814, the code of the session before; none written from it): stances 5 of
    # 6, 0 extra (F1 0.91); polarity 5/5
    "ungdc-blind163": Floors(
        8,
        16,
        0.98,
        0.99,
        0.88,
        stance_p=0.95,
        types={"Person": 0.99, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of f582814, the code of the session before; none written from it): stances 6 of
    # 9, 0 extra (F1 0.80); polarity 6/6
    "ungdc-blind164": Floors(
        8,
        16,
        0.97,
        0.99,
        0.78,
        stance_p=0.95,
        types={"Person": 0.93, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4931509, the rules from rounds 324-331; none written from it): stances 4 of 8,
    # 1 extra (F1 0.61); polarity 5/5
    "ungdc-blind165": Floors(
        8,
        16,
        0.98,
        0.99,
        0.59,
        stance_p=0.78,
        types={"Person": 0.96, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4931509, the rules from rounds 324-331; none written from it): stances 2 of 8,
    # 2 extra (F1 0.33); polarity 4/4
    "ungdc-blind166": Floors(
        8,
        16,
        0.97,
        0.98,
        0.31,
        stance_p=0.48,
        types={"Person": 0.94, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 6452ce0, the rules from rounds 332-335; none written from it): stances 5 of 6,
    # 1 extra (F1 0.83); polarity 6/6
    "ungdc-blind167": Floors(
        8,
        16,
        0.98,
        0.98,
        0.81,
        stance_p=0.81,
        types={"Person": 0.96, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 6452ce0, the rules from rounds 332-335; none written from it): stances 0 of 4,
    # 0 extra (F1 0.00); polarity 0/0
    "ungdc-blind168": Floors(
        8,
        16,
        0.96,
        0.97,
        None,
        stance_tp=0,
        types={"Person": 0.88, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 1c099a0, the rules from rounds 336-339; none written from it): stances 3 of 5,
    # 0 extra (F1 0.75); polarity 3/3
    "ungdc-blind169": Floors(
        8,
        16,
        0.96,
        0.96,
        0.73,
        stance_p=0.95,
        types={"Person": 0.85, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 1c099a0, the rules from rounds 336-339; none written from it): stances 5 of 6,
    # 0 extra (F1 0.91); polarity 5/5
    "ungdc-blind170": Floors(
        8,
        16,
        0.96,
        0.97,
        0.88,
        stance_p=0.95,
        types={"Person": 0.88, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 54b52b4, the rules from rounds 340-343; none written from it): stances 4 of 6,
    # 0 extra (F1 0.80); polarity 4/4
    "ungdc-blind171": Floors(
        8,
        16,
        0.96,
        0.98,
        0.78,
        stance_p=0.95,
        types={"Person": 0.95, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 54b52b4, the rules from rounds 340-343; none written from it): stances 5 of 7,
    # 0 extra (F1 0.83); polarity 5/5
    "ungdc-blind172": Floors(
        8,
        16,
        0.97,
        0.99,
        0.81,
        stance_p=0.95,
        types={"Person": 0.93, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c02b4b3, the end of the session before; none written from it): stances 5 of 12,
    # 0 extra (F1 0.59); polarity 5/5
    "ungdc-blind173": Floors(
        8,
        16,
        0.97,
        0.99,
        0.56,
        stance_p=0.95,
        types={"Person": 0.92, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of c02b4b3, the end of the session before; none written from it): stances 6 of 7,
    # 1 extra (F1 0.86); polarity 6/6
    "ungdc-blind174": Floors(
        8,
        16,
        0.93,
        0.99,
        0.83,
        stance_p=0.83,
        types={"Person": 0.94, "State": 0.9},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 274b5e8, the rules from rounds 348-351; none written from it): stances 4 of 8,
    # 1 extra (F1 0.61); polarity 5/5
    "ungdc-blind175": Floors(
        8,
        16,
        0.97,
        0.99,
        0.59,
        stance_p=0.78,
        types={"Person": 0.93, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 274b5e8, the rules from rounds 348-351; none written from it): stances 4 of 8,
    # 2 extra (F1 0.57); polarity 6/6
    "ungdc-blind176": Floors(
        8,
        16,
        0.96,
        0.98,
        0.55,
        stance_p=0.64,
        types={"Person": 0.89, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of da2af14, the rules from rounds 352-355; none written from it): stances 2 of 5,
    # 0 extra (F1 0.57); polarity 2/2
    "ungdc-blind177": Floors(
        8,
        16,
        0.98,
        0.99,
        0.55,
        stance_p=0.95,
        types={"Person": 0.96, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of da2af14, the rules from rounds 352-355; none written from it): stances 7 of 12,
    # 2 extra (F1 0.67); polarity 9/9
    "ungdc-blind178": Floors(
        8,
        16,
        0.97,
        0.99,
        0.64,
        stance_p=0.75,
        types={"Person": 0.92, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 448f6b8, the rules from rounds 356-359; none written from it): stances 3 of 5,
    # 1 extra (F1 0.67); polarity 4/4
    "ungdc-blind179": Floors(
        8,
        16,
        0.97,
        0.99,
        0.64,
        stance_p=0.73,
        types={"Person": 0.97, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 448f6b8, the rules from rounds 356-359; none written from it): stances 3 of 5,
    # 0 extra (F1 0.75); polarity 3/3
    "ungdc-blind180": Floors(
        8,
        16,
        0.95,
        0.99,
        0.73,
        stance_p=0.95,
        types={"Person": 0.91, "State": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of e866534, the rules from rounds 360-363; none written from it): stances 3 of 7,
    # 0 extra (F1 0.60); polarity 3/3
    "ungdc-blind181": Floors(
        8,
        16,
        0.96,
        0.97,
        0.57,
        stance_p=0.95,
        types={"Person": 0.91, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of e866534, the rules from rounds 360-363; none written from it): stances 4 of 9,
    # 2 extra (F1 0.53); polarity 6/6
    "ungdc-blind182": Floors(
        8,
        16,
        0.96,
        0.99,
        0.51,
        stance_p=0.64,
        types={"Person": 0.9, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 3 of 8,
    # 0 extra (F1 0.55); polarity 3/3
    "ungdc-blind183": Floors(
        8,
        16,
        0.98,
        0.99,
        0.52,
        stance_p=0.95,
        types={"Person": 0.95, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 2 of 3,
    # 0 extra (F1 0.80); polarity 2/2
    "ungdc-blind184": Floors(
        8,
        16,
        0.97,
        0.98,
        0.78,
        stance_p=0.95,
        types={"Person": 0.93, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 2 of 3,
    # 0 extra (F1 0.80); polarity 2/2
    "ungdc-blind185": Floors(
        8,
        16,
        0.96,
        0.99,
        0.78,
        stance_p=0.95,
        types={"Person": 0.87, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 2 of 8,
    # 2 extra (F1 0.33); polarity 4/4
    "ungdc-blind186": Floors(
        8,
        16,
        0.96,
        0.99,
        0.31,
        stance_p=0.48,
        types={"Person": 0.96, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 3 of 7,
    # 1 extra (F1 0.55); polarity 4/4
    "ungdc-blind187": Floors(
        8,
        16,
        0.96,
        0.99,
        0.52,
        stance_p=0.73,
        types={"Person": 0.99, "State": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 4a5cf40, the end of the session before; none written from it): stances 1 of 5,
    # 3 extra (F1 0.22); polarity 4/4
    "ungdc-blind188": Floors(
        8,
        16,
        0.97,
        0.99,
        0.2,
        stance_p=0.23,
        types={"Person": 0.95, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of d6680e5, the interview rules; one rule written from it): stances 5 of 8,
    # 1 extra (F1 0.71); polarity 6/6; after the rule, 6 of 8 (F1 0.80)
    "ungdc-blind189": Floors(
        8,
        16,
        0.97,
        0.98,
        0.78,
        stance_p=0.83,
        types={"Person": 0.88, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of d6680e5, the interview rules; one rule written from it): stances 4 of 10,
    # 0 extra (F1 0.57); polarity 4/4; after the rule, 5 of 10 (F1 0.67)
    "ungdc-blind190": Floors(
        8,
        16,
        0.96,
        0.97,
        0.64,
        stance_p=0.95,
        types={"Person": 0.89, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of e239e25, the rules from rounds 376-383; none written from it): stances 5 of 7,
    # 0 extra (F1 0.83); polarity 5/5
    "ungdc-blind191": Floors(
        8,
        16,
        0.96,
        0.98,
        0.81,
        stance_p=0.95,
        types={"Person": 0.88, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of e239e25, the rules from rounds 376-383; none written from it): stances 4 of 4,
    # 0 extra (F1 1.00); polarity 4/4
    "ungdc-blind192": Floors(
        8,
        16,
        0.97,
        0.99,
        0.98,
        stance_p=0.95,
        types={"Person": 0.95, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 9487316, the rules from rounds 384-387; none written from it): stances 3 of 7,
    # 1 extra (F1 0.55); polarity 4/4
    "ungdc-blind193": Floors(
        8,
        16,
        0.97,
        0.99,
        0.52,
        stance_p=0.73,
        types={"Person": 0.99, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of 9487316, the rules from rounds 384-387; none written from it): stances 5 of 10,
    # 1 extra (F1 0.62); polarity 6/6
    "ungdc-blind194": Floors(
        8,
        16,
        0.97,
        0.98,
        0.6,
        stance_p=0.81,
        types={"Person": 0.93, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 5 of 13, 1 extra (F1 0.53);
    # with the session's rules 8 of 13, 1 extra (F1 0.73)
    "ungdc-blind195": Floors(
        8,
        16,
        0.96,
        0.99,
        0.57,
        stance_p=0.83,
        types={"Person": 0.89, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 5 of 8, 2 extra (F1 0.67);
    # with the session's rules 6 of 8, 2 extra (F1 0.75)
    "ungdc-blind196": Floors(
        8,
        16,
        0.99,
        0.99,
        0.73,
        stance_p=0.73,
        types={"Person": 0.99, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 4 of 8, 0 extra (F1 0.67);
    # with the session's rules 4 of 8, 0 extra (F1 0.67)
    "ungdc-blind197": Floors(
        8,
        16,
        0.97,
        0.99,
        0.64,
        stance_p=0.95,
        types={"Person": 0.91, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 4 of 8, 0 extra (F1 0.67);
    # with the session's rules 4 of 8, 0 extra (F1 0.67)
    "ungdc-blind198": Floors(
        8,
        16,
        0.96,
        0.99,
        0.64,
        stance_p=0.95,
        types={"Person": 0.9, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 3 of 3, 0 extra (F1 1.00);
    # with the session's rules 3 of 3, 0 extra (F1 1.00)
    "ungdc-blind199": Floors(
        8,
        16,
        0.96,
        0.99,
        0.98,
        stance_p=0.95,
        types={"Person": 0.96, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 5 of 8, 2 extra (F1 0.67);
    # with the session's rules 5 of 8, 2 extra (F1 0.67)
    "ungdc-blind200": Floors(
        8,
        16,
        0.97,
        0.99,
        0.64,
        stance_p=0.69,
        types={"Person": 0.96, "State": 0.96},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 3 of 8, 0 extra (F1 0.55);
    # with the session's rules 3 of 8, 0 extra (F1 0.55)
    "ungdc-blind201": Floors(
        8,
        16,
        0.96,
        0.98,
        0.52,
        stance_p=0.95,
        types={"Person": 0.84, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 3 of 9, 0 extra (F1 0.50);
    # with the session's rules 4 of 9, 0 extra (F1 0.61)
    "ungdc-blind202": Floors(
        8,
        16,
        0.97,
        0.99,
        0.59,
        stance_p=0.95,
        types={"Person": 0.91, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 4 of 7, 0 extra (F1 0.73);
    # with the session's rules 4 of 7, 0 extra (F1 0.73)
    "ungdc-blind203": Floors(
        8,
        16,
        0.97,
        0.99,
        0.7,
        stance_p=0.95,
        types={"Person": 0.96, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 5 of 10, 2 extra (F1 0.59);
    # with the session's rules 7 of 10, 2 extra (F1 0.74)
    "ungdc-blind204": Floors(
        8,
        16,
        0.98,
        0.99,
        0.71,
        stance_p=0.75,
        types={"Person": 0.99, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 7 of 12, 1 extra (F1 0.70);
    # with the session's rules 7 of 12, 1 extra (F1 0.70)
    "ungdc-blind205": Floors(
        8,
        16,
        0.97,
        0.99,
        0.68,
        stance_p=0.85,
        types={"Person": 0.89, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 5 of 8, 0 extra (F1 0.77);
    # with the session's rules 5 of 8, 0 extra (F1 0.77)
    "ungdc-blind206": Floors(
        8,
        16,
        0.93,
        0.96,
        0.74,
        stance_p=0.95,
        types={"Person": 0.86, "State": 0.95},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 2 of 8, 3 extra (F1 0.31);
    # with the session's rules 3 of 8, 2 extra (F1 0.46)
    "ungdc-blind207": Floors(
        8,
        16,
        0.97,
        0.98,
        0.28,
        stance_p=0.38,
        types={"Person": 0.91, "State": 0.98},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 3 of 5, 0 extra (F1 0.75);
    # with the session's rules 4 of 5, 0 extra (F1 0.89)
    "ungdc-blind208": Floors(
        8,
        16,
        0.97,
        0.99,
        0.73,
        stance_p=0.95,
        types={"Person": 0.93, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 8 of 9, 0 extra (F1 0.94);
    # with the session's rules 8 of 9, 0 extra (F1 0.94)
    "ungdc-blind209": Floors(
        8,
        16,
        0.98,
        0.99,
        0.92,
        stance_p=0.95,
        types={"Person": 0.99, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 4 of 9, 0 extra (F1 0.61);
    # with the session's rules 5 of 9, 0 extra (F1 0.71)
    "ungdc-blind210": Floors(
        8,
        16,
        0.96,
        0.97,
        0.59,
        stance_p=0.95,
        types={"Person": 0.87, "State": 0.97},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 6 of 6, 0 extra (F1 1.00);
    # with the session's rules 6 of 6, 0 extra (F1 1.00)
    "ungdc-blind211": Floors(
        8,
        16,
        0.97,
        0.98,
        0.98,
        stance_p=0.95,
        types={"Person": 0.92, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
    # blind (code of b23c99e, the session before): stances 6 of 8, 1 extra (F1 0.80);
    # with the session's rules 6 of 8, 1 extra (F1 0.80)
    "ungdc-blind212": Floors(
        8,
        16,
        0.97,
        0.97,
        0.78,
        stance_p=0.83,
        types={"Person": 0.91, "State": 0.99},
        corpus=FULL_CORPUS,
    ),
}


def _folder(name: str) -> Path:
    return REPO / "tests" / "gold" / name


def _gold(name: str) -> dict[str, dict[str, Any]]:
    return ev.load_gold(_folder(name))


@pytest.fixture(scope="module")
def corpus_lines() -> dict[str, dict[str, Any]]:
    """The corpus lines the gold files name, by id."""
    lines = {}
    for corpus in sorted({floors.corpus for floors in SETS.values()}):
        wanted = {
            doc for name, floors in SETS.items() if floors.corpus == corpus for doc in _gold(name)
        }
        path = shared_path(*corpus)
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                if record["id"] in wanted:
                    lines[record["id"]] = record
    return lines


def test_no_speech_is_in_two_sets():
    seen: dict[str, str] = {}
    for name in SETS:
        for doc in _gold(name):
            assert doc not in seen, f"{doc} is in {seen.get(doc)} and {name}"
            seen[doc] = name


@pytest.mark.parametrize("name", SETS)
def test_every_gold_file_names_a_corpus_line_and_valid_offsets(corpus_lines, name):
    for doc, gold in _gold(name).items():
        assert doc in corpus_lines, f"{doc}: no such id in the corpus"
        line = corpus_lines[doc]
        text = line["text"]
        assert gold["metadata"]["state"] == line["country_code"], doc
        assert gold["metadata"]["event"] == f"unga-{line['session']}", doc
        for stance in gold["stances"]["required"]:
            quotes, offsets = stance["evidence"], stance["evidence_offsets"]
            assert quotes and len(quotes) == len(offsets), (doc, stance["topic"])
            for quote, (start, end) in zip(quotes, offsets, strict=True):
                assert text[start:end] == quote, (doc, stance["topic"], start, end)


@pytest.mark.parametrize("name", SETS)
def test_gold_identifiers_come_from_the_codebook(name):
    book = codebook.load()
    for doc, gold in _gold(name).items():
        required, optional = gold["entities"]["required"], gold["entities"]["optional"]
        for kind, ident in required + optional:
            if kind in OPEN_TYPES:
                continue
            known = ident in book.state_codes if kind == "State" else book.entity(kind, ident)
            assert known, f"{doc}: {kind} {ident} is not in the codebook"
        for stance in gold["stances"]["required"] + gold["stances"]["optional"]:
            assert book.topic(stance["topic"]) is not None, (doc, stance["topic"])
            assert stance["holder"] in book.state_codes, (doc, stance["holder"])
    assert not list(_folder(name).glob("*.txt")), "speech texts must not be copied here"


@pytest.mark.parametrize("name", SETS)
def test_floors(corpus_lines, name, tmp_path):
    floors, gold = SETS[name], _gold(name)
    # The set's own lines, read as a corpus file is (the whole corpus is 10,952 lines).
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        "".join(json.dumps(corpus_lines[doc]) + "\n" for doc in sorted(gold)), encoding="utf-8"
    )
    docs = [d for d in readers.read([lines], FIELD_MAP) if not isinstance(d, readers.Problem)]
    s = ev.score(
        gold, [as_prediction(pipeline.extract(d)) for d in docs], {d.id: d.text for d in docs}
    )
    report = ev.report(s)
    assert s.documents == floors.documents and not s.missing_documents, report
    assert s.metadata_right == floors.metadata, report
    assert s.entities.f1 >= floors.entity_f1, report
    assert s.entities.precision >= floors.entity_p, report
    for kind, floor in floors.types.items():
        assert s.entities_by_type[kind].f1 >= floor, (kind, report)
    if floors.stance_f1 is not None:
        assert s.stances.f1 >= floors.stance_f1, report
        assert s.stances.precision >= floors.stance_p, report
    else:
        assert s.stances.tp >= floors.stance_tp and s.stances.fp == 0, report
    assert s.polarity_right == s.polarity_total, report


def test_evaluate_command_reads_the_corpus_by_id():
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            "--gold",
            str(_folder("ungdc-blind3")),
            "--texts",
            str(shared_path(*CORPUS)),
            "--map",
            "state=country_code",
            "--map",
            "event=unga-{session}",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("documents scored: 6\nmetadata: 12/12\n")
    assert "gold documents with no prediction" not in result.output
