"""The spaCy rule-based layer: a blank de/en pipeline with an entity_ruler for titled persons and
institutions, tokenized the way spaCy does (so "Dr.med.Müller" and line-broken names are caught).

A trained pipeline (de_core_news_*, en_core_web_*) is used only if the user already has one installed:
then its PER/PERSON/ORG entities are added too. radcurate never downloads or installs one.
spaCy is imported on first use only (it costs seconds to import).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from curation.deid.text.common import FoldedLiteralStarts, Hit
from curation.deid.text.names import NOT_NAME_WORDS

TITLE_TOKENS = ["Dr.", "Dr", "Prof.", "Prof", "med.", "dent.", "PD", "OA", "OÄ", "Oberarzt", "Oberärztin",
                "Chefarzt", "Chefärztin", "Herr", "Herrn", "Frau", "Hr.", "Fr.", "Mr.", "Mrs.", "Ms.", "Mr",
                "Mrs", "Ms", "Miss", "gez.", "Dres.", "Kollege", "Kollegin"]
INSTITUTION_HEADS = ["klinikum", "universitätsklinikum", "uniklinik", "krankenhaus", "kreiskrankenhaus",
                     "hospital", "praxis", "gemeinschaftspraxis", "mvz", "klinik"]
TRAINED = {"de": ("de_core_news_lg", "de_core_news_md", "de_core_news_sm"),
           "en": ("en_core_web_lg", "en_core_web_md", "en_core_web_sm")}
_NOT_NAME = [w.capitalize() for w in NOT_NAME_WORDS] + [w.upper() for w in NOT_NAME_WORDS]


def _patterns() -> list[dict[str, Any]]:
    name = {"IS_TITLE": True, "IS_ALPHA": True, "TEXT": {"NOT_IN": _NOT_NAME}}
    return [
        {"label": "PERSON", "pattern": [{"TEXT": {"IN": TITLE_TOKENS}}, {"TEXT": {"IN": TITLE_TOKENS}, "OP": "*"},
                                        name, {**name, "OP": "?"}]},
        {"label": "INSTITUTION", "pattern": [{"LOWER": {"IN": INSTITUTION_HEADS}},
                                             {"LOWER": {"IN": ["der", "des", "am", "st.", "sankt", "of", "the"]},
                                              "OP": "*"}, {"IS_TITLE": True, "TEXT": {"NOT_IN": ["Für"]}}]},
    ]


@lru_cache(maxsize=4)
def pipeline(lang: str) -> Any:
    """The cached pipeline for `lang` ('de' or 'en'): installed trained model if any, else blank."""
    from curation.spacy_import import import_spacy

    spacy = import_spacy()  # the CNN `*_core_*` pipelines and the blank one never need torch

    code = "de" if lang == "de" else "en"
    nlp = None
    for name in TRAINED[code]:
        if spacy.util.is_package(name):
            nlp = spacy.load(name, exclude=["parser", "lemmatizer", "tagger", "morphologizer",
                                            "attribute_ruler", "senter"])
            break
    if nlp is None:
        nlp = spacy.blank(code)
    ruler = nlp.add_pipe("entity_ruler", before="ner" if "ner" in nlp.pipe_names else None,
                         config={"overwrite_ents": True})
    ruler.add_patterns(_patterns())
    return nlp


# Every ruler pattern starts with a title token or an institution head: the text between those triggers
# can never start a match, so only short windows from each trigger on are tokenized and matched.
# Every trigger starts with a title token or a head: run from their lower-cased starts in the lower-cased text
# (one shared Aho-Corasick pass; the pattern opens with a look-behind, which `re` tries at every position).
_TRIGGER = FoldedLiteralStarts(
    re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, TITLE_TOKENS), key=len, reverse=True))
               + r"|(?i:" + "|".join(INSTITUTION_HEADS) + r"))"),
    frozenset(t.lower() for t in (*TITLE_TOKENS, *INSTITUTION_HEADS)))
# Window after the last trigger of a run: up to this many further whitespace-separated words (a match
# is title tokens + at most two names, or a head + particles + one word).
_WINDOW_WORDS = re.compile(r"(?:\S*\s+){0,4}\S*")


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) windows that hold every possible ruler match of `text`."""
    windows: list[list[int]] = []
    for m in _TRIGGER.finditer(text):
        end = _WINDOW_WORDS.match(text, m.end()).end()
        if windows and m.start() <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([m.start(), end])
    return [(a, b) for a, b in windows]


def spacy_hits(text: str, lang: str) -> list[Hit]:
    """PERSON and INSTITUTION spans from the rule-based pipeline, titles stripped from persons.

    A blank pipeline (ruler only) runs on the trigger windows alone, batched with nlp.pipe; a trained
    one (NER sees the whole context) on the whole text."""
    nlp = pipeline(lang)
    if "ner" in nlp.pipe_names:
        return _hits(nlp(text), 0)
    # The blank pipeline is the tokenizer and the ruler alone: called directly (nlp.pipe's batching machinery cost
    # more than the ruler on a report's few short windows), once over all windows joined by a blank line (round 16:
    # each Doc and ruler call has a fixed cost, ~4 windows per report). spaCy tokenizes each whitespace-separated
    # chunk on its own, so a window's tokens are those of the window alone, and the blank line between two windows
    # is a space token that no pattern takes: no match runs across windows, and none overlaps another window's.
    windows = trigger_windows(text)
    if not windows:
        return []
    starts: list[int] = []  # where each window starts in the joined string
    at = 0
    for start, end in windows:
        starts.append(at)
        at += end - start + len(_WINDOW_JOIN)
    doc = nlp.get_pipe("entity_ruler")(nlp.make_doc(_WINDOW_JOIN.join(text[a:b] for a, b in windows)))
    hits: list[Hit] = []
    for hit in _hits(doc, 0):
        k = bisect_right(starts, hit.start) - 1
        shift = windows[k][0] - starts[k]
        hits.append(Hit(hit.start + shift, hit.end + shift, hit.label, hit.source))
    return hits


_WINDOW_JOIN = "\n\n"


def _hits(doc: Any, offset: int) -> list[Hit]:
    hits: list[Hit] = []
    for ent in doc.ents:
        label = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "INSTITUTION",
                 "INSTITUTION": "INSTITUTION"}.get(ent.label_)
        if label is None:
            continue
        tokens = list(ent)
        if label == "PERSON":
            tokens = [t for t in tokens if t.text not in TITLE_TOKENS]
        if tokens:
            hits.append(Hit(offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1].text), label,
                            "spacy"))
    return hits
