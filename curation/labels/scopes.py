"""Negation, uncertainty and temporality scopes around a finding mention (NegEx / ConText style, DE + EN).

A mention's status is decided by the cues of its clause:
- before it: the nearest cue (negation "kein", "ohne", "weder", "no", "without"; uncertainty "V.a.", "DD",
  "fraglich", "a.e.", "possible", "suspicious for"; resolved/prior "Z.n.", "vollständig regredient",
  "resolution of", "resolved") within eight words, across at most two commas (list scope: "kein Pleura- oder
  Perikarderguss", "no consolidation, collapse or effusion"), and only if no word between cue and mention
  announces a present finding ("gering", "klein", "mild", "small", a number ...) or ends the scope ("aber",
  "but", "jedoch", "however", "although");
- after it, up to the next comma: "nicht (mehr) nachweisbar / abgrenzbar / vergrößert", "ausgeschlossen",
  "resorbiert", "not enlarged", "no longer seen", "has resolved" (negated or resolved), "nicht auszuschließen",
  "cannot be excluded", "?" (uncertain);
- inside a multi-word mention ("Lymphknoten nicht vergrößert", "heart is not enlarged", "Herz normal groß").
Partly regressed findings ("regredient", "decreasing") stay present; "nicht auszuschließen" is uncertainty,
not negation, and is read before the negation cues.
"""

from __future__ import annotations

import re
from enum import Enum


class Status(Enum):
    PRESENT = "present"
    UNCERTAIN = "uncertain"
    NEGATED = "negated"
    RESOLVED = "resolved"


_UNCERTAIN_PHRASE = re.compile(
    r"(?:nicht (?:sicher |sicher zu |mit sicherheit )?(?:auszuschlie(?:ß|ss)en|ausgeschlossen werden)|"
    r"kann nicht ausgeschlossen|cannot (?:be )?(?:entirely |completely )?exclud\w*|can ?not (?:be )?exclud\w*|"
    r"could not be excluded|not (?:be )?excluded|nicht sicher abgrenzbar|nicht sicher zu beurteilen)",
    re.IGNORECASE)

_PRE = re.compile(
    r"(?P<neg>\b(?:kein\w*|ohne|weder|nicht|no|not|without|neither|nor|none|negative for|free of|"
    r"absence of|frei von|ausschluss|removal of|entfernung (?:des|der|von)|explantation|borderline|"
    r"grenzwertig\w*)\b)"
    r"|(?P<unc>(?<![\wäöüß])(?:v\.\s?a\.|a\.\s?e\.|verdacht\w*|verdächtig\w*|dd\b|differential\w*|"
    r"differenzial\w*|fraglich\w*|am ehesten|möglich\w*|wahrscheinlich\w*|vermutlich\w*|possibl\w*|"
    r"probabl\w*|likely|may (?:represent|be|reflect|indicate)|might|could (?:represent|be|reflect)|"
    r"suspicious for|suspicion of|suspected|questionabl\w*|equivocal|concerning for|suggestive of|versus|"
    r"vs\.|\?|uncertainphrase))"
    r"|(?P<res>(?<![\wäöüß])(?:z\.\s?n\.|zustand nach|status nach|st\.\s?n\.|history of|resolution of|resolved|"
    r"resorption|vollständig regredient\w*|komplett regredient\w*|ausgeheilt\w*|abgeheilt\w*|"
    r"nicht mehr nachweisbar\w*|no longer))",
    re.IGNORECASE)

_POST = re.compile(
    r"(?P<res>\b(?:nicht mehr|no longer|(?:has|have) resolved|resolved|resorbiert|vollständig regredient|"
    r"komplett regredient|rückgebildet|verschwunden)\b)"
    r"|(?P<neg>\b(?:nicht (?:sicher )?(?:nachweisbar|abgrenzbar|darstellbar|erkennbar|sichtbar|vorhanden|"
    r"abzugrenzen|nachzuweisen|vergr(?:ö|oe)(?:ß|ss)ert\w*)|ausgeschlossen|entfernt|explantiert|removed|keiner|"
    r"not (?:seen|identified|present|visible|enlarged|demonstrated|evident|detected)|(?:is|are) absent|negative)\b)"
    r"|(?P<neg_end>\bkeine\W*$)"
    r"|(?P<unc>(?:uncertainphrase|\bfraglich\b|\bmöglich\b|\bpossible\b|\bquestionable\b|\bvermutet\b|\bversus\b|"
    r"\bvs\.|\bdd\b|\?))",
    re.IGNORECASE)

# A contrast ends a cue's reach; so does a new present finding after a list separator ("kein Erguss, geringe
# Dystelektasen"), while the same words inside the cue's own phrase do not ("possible small effusion").
_CONTRAST = re.compile(r"\b(?:aber|jedoch|allerdings|dafür|sondern|während|but|however|although|though|whereas|"
                       r"except|apart from)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;]|\b(?:und|and|sowie|mit|with)\b", re.IGNORECASE)
_NEW_FINDING = re.compile(
    r"\b(?:gering\w*|klein\w*|schmal\w*|diskret\w*|deutlich\w*|ausgeprägt\w*|mäßig\w*|leicht\w*|mehrere\w*|"
    r"multipl\w*|einzeln\w*|bekannt\w*|mild|small|moderate|large|trace|minimal|extensive|severe|several|"
    r"there is|there are|es besteh\w*|zeigt|shows?|persist\w*|stable|unverändert\w*|regredient\w*|decreas\w*|"
    r"\d+)\b", re.IGNORECASE)
_SPAN_NEGATION = re.compile(r"\b(?:nicht|not|no|kein\w*|normal\w*|regelrecht\w*|grenzwertig\w*|borderline)\b",
                            re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;()]|\b(?:aber|jedoch|but|however|although|whereas|und|and)\b", re.IGNORECASE)
_MAX_WORDS = 8


def mask_uncertain_phrases(sentence: str) -> str:
    """Replace "nicht auszuschließen" / "cannot be excluded" by a neutral token the cue patterns read."""
    return _UNCERTAIN_PHRASE.sub("uncertainphrase", sentence)


def _pre_status(before: str) -> Status | None:
    cues = list(_PRE.finditer(before))
    for cue in reversed(cues):
        between = before[cue.end():]
        if between.count(",") > 2 or len(between.split()) > _MAX_WORDS or _CONTRAST.search(between):
            return None
        separator = _SEPARATOR.search(between)
        if separator and _NEW_FINDING.search(between, separator.end()):
            return None
        kind = cue.lastgroup
        return {"neg": Status.NEGATED, "unc": Status.UNCERTAIN, "res": Status.RESOLVED}[kind]
    return None


def _post_status(after: str) -> Status | None:
    end = _CLAUSE_END.search(after)
    window = " ".join(after[:end.start() if end else len(after)].split()[:_MAX_WORDS])
    cue = _POST.search(window)
    if cue is None:
        return None
    return {"neg": Status.NEGATED, "neg_end": Status.NEGATED, "unc": Status.UNCERTAIN,
            "res": Status.RESOLVED}[cue.lastgroup]


def mention_status(sentence: str, start: int, end: int, *, temporal: bool = True) -> Status:
    """Status of the mention sentence[start:end] (sentence already lower-cased and masked).

    temporal=False ignores resolved/prior cues before the mention (a device after "Z.n. Sternotomie mit"
    is still in the patient).
    """
    if _SPAN_NEGATION.search(sentence, start, end):
        return Status.NEGATED
    post = _post_status(sentence[end:])
    if post in (Status.NEGATED, Status.RESOLVED):
        return post
    pre = _pre_status(sentence[:start])
    if pre is Status.RESOLVED and not temporal:
        pre = None
    if pre is not None:
        return pre
    return post or Status.PRESENT
