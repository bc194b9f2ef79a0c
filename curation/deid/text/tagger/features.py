"""Hashed feature atoms of each token: the word's own (shape, casing, affixes, field-data lists, cue-word
classes, and since tagger round 5 the look-alike classes: counted nouns, tissue nouns, places in a lesion, unit
words; since round 6 clinical compounds with a street ending, DICOM keywords, product words; cached per word)
and its context's (the rule layer's decision over it, keep-terms, line layout:
column, last token of its line, first line of a block, after a "Label:" or "Label=" on the line, a line of
pipes/tabs, a signature zone, and in exported tables the cell: its column's header word, or an HL7 segment
and field number; per line its delimiter, carets, a DICOM dump's tag and VR, its share of capitals).

An atom is an int in [0, N_HASH): crc32 of its string (stable across processes, unlike `hash`). The model
weighs the atoms of the token and of its neighbours (model.OFFSETS), so neighbour features come free.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from curation.deid.text.common import words
from curation.deid.text.given_names import given_names, world_given_names
from curation.deid.text.keep import EPONYMS
from curation.deid.text.names import NOT_NAME_WORDS
from curation.deid.text.surnames import is_surname, is_surname_or_word
from curation.deid.text.tagger.lookalikes import LESION_COUNTS, anatomy_compound, dicom_keyword, product_words
from curation.deid.text.tagger.tokens import Tokens
from curation.deid.text.towns import towns
from curation.deid.text.unit_words import is_unit_word

N_HASH = 1 << 17

TITLES = words("""dr prof med dent herr herrn frau mr mrs ms miss dres oa oä pd md do phd frcr frcp mag dipl
univ chefarzt chefärztin oberarzt oberärztin facharzt fachärztin assistenzarzt assistenzärztin kollege
kollegin rn np pa-c mbbs dott sig""")
RELATIVES = words("""sohn tochter ehefrau ehemann mann mutter vater bruder schwester enkel enkelin schwiegertochter
schwiegersohn kind betreuer betreuerin partner partnerin lebensgefährte lebensgefährtin nichte neffe angehörige
angehöriger begleitperson wife husband son daughter mother father brother sister grandson granddaughter guardian
niece nephew caregiver spouse contact kontakt notfallkontakt accompanied begleitet""")
LABELS = words("""name patient patientin pat versicherte versicherter zuweiser zuweiserin einsender einsenderin
auftraggeber überweiser überweisung referring referred ordering attending fellow physician provider radiologist
signed dictated reviewed befundet diktiert freigegeben cc kopie copy attn an to von by durch für from re betreff
arzt ärztin hausarzt hausärztin gp member resident anschrift adresse address wohnhaft wohnort home""")
INST_HEADS = words("""klinik klinikum krankenhaus spital praxis radiologie mvz zentrum institut center centre hospital
clinic imaging diagnostic diagnostics medical health associates partners group radiology ordination ambulatorium
sanatorium gesundheitszentrum medicine oncology onkologie pediatrics urology rehabilitation reha care ag gmbh
diagnostikum röntgen röntgeninstitut gemeinschaftspraxis hausarztpraxis physicians specialists surgery infirmary
trust nhs foundation university universität universitätsklinikum general memorial""")
STREETS = words("""street st road rd lane ln avenue ave drive way close court ct place pl boulevard blvd suite
flat apt unit crescent terrace gardens hill row square""")
STREET_TAILS = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "ring", "damm", "gürtel", "ufer",
                 "steig", "zeile", "graben", "markt", "chaussee", "pfad")
CLOSINGS = words("""grüßen grüße grüssen grüsse freundliche freundlichen kollegialen gez regards sincerely signed
freigegeben unterschrieben dictated
elektronisch electronically mfg""")
_EPONYMS = frozenset(w.lower() for e in EPONYMS for w in re.split(r"[- ']", e) if len(w) > 2)
# Tagger round 5: the classes the all-authors model took for names ("1500 Bilder" as a Swiss postcode and town,
# "im Zentrum Fett" as a facility). A count's noun: what an imaging study counts, never a town.
COUNT_NOUNS = words("""bild bilder einzelbilder schnittbilder schicht schichten schnitte serie serien sequenz sequenzen
aufnahme aufnahmen projektion projektionen ebenen rekonstruktion rekonstruktionen phasen frames image images slice
slices series sequence sequences view views projection projections reconstructions acquisitions phases""")
# What a finding is made of: German writes it capitalised after a location ("im Zentrum Fett", "am Rand Kalk").
TISSUE_NOUNS = words("""fett fettgewebe nekrose nekrosen flüssigkeit luft gas kalk verkalkung verkalkungen einblutung
einblutungen blut ödem erguss sklerose fibrose zyste zysten thrombus kontrastmittel narbe narbengewebe sekret eiter
septen weichteilgewebe knochenmark anreicherung spiegel verfettung granulationsgewebe detritus fat necrosis fluid air
calcification calcifications haemorrhage hemorrhage oedema edema effusion sclerosis fibrosis thrombus scar""")
# Where in a lesion or organ ("Zentrum" is a facility head too: this is its anatomical sense's company).
PLACE_NOUNS = words("""zentrum randbereich rand randsaum peripherie mitte basis spitze kapsel wand hilus kern lumen
oberpol unterpol unterlappen oberlappen mittellappen fundus boden dach sockel""")
# The cue-word classes of word_atoms, each an atom name and its words (built once; COUNT takes lookalikes' counted
# findings too).
_WORD_CLASSES = (("TITLE", TITLES), ("REL", RELATIVES), ("LAB", LABELS), ("INST", INST_HEADS), ("STREET", STREETS),
                 ("CLOSE", CLOSINGS), ("COUNT", COUNT_NOUNS | LESION_COUNTS), ("TISSUE", TISSUE_NOUNS),
                 ("PLACE", PLACE_NOUNS))


def atom(s: str) -> int:
    return zlib.crc32(s.encode()) % N_HASH


def shape(word: str) -> str:
    """Compressed character classes: "Müller" -> "Xx", "MRN" -> "X", "12.03." -> "d.d.", "O'Neill" -> "X'Xx"."""
    out: list[str] = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


@lru_cache(maxsize=65536)
def word_atoms(word: str) -> tuple[int, ...]:
    """The atoms of a word on its own (cached: reports repeat their words)."""
    low = word.lower()
    f = [f"w:{low}", f"s:{shape(word)}", f"p3:{low[:3]}", f"s3:{low[-3:]}", f"s4:{low[-4:]}",
         f"len:{min(len(word), 12) // 3}"]
    alpha = word.replace("-", "").replace("'", "").replace("’", "").isalpha()
    if alpha:
        if word[:1].isupper():
            f.append("CAP")
        if word.isupper() and len(word) > 1:
            f.append("UPPER")
        parts = low.replace("’", "'").split("-")
        if all(p in given_names() for p in parts):
            f.append("GIVEN")
        elif all(p in world_given_names() for p in parts):  # given names of the countries patients come from
            f.append("WGIVEN")
        if word in towns() or (word.isupper() and word.capitalize() in towns()):
            f.append("TOWN")
        if is_surname(word):  # as written, in capitals, double-barrelled
            f.append("SURNAME")
        elif is_surname_or_word(word):  # a surname that is also a common word ("Bauer", "Baker")
            f.append("SURWORD")
        if low in _EPONYMS:
            f.append("EPONYM")
        if low in NOT_NAME_WORDS:
            f.append("NOTNAME")
        if low.endswith(STREET_TAILS):
            f.append("STREETTAIL")
        if is_unit_word(word):  # a unit, shift or document word ("Intensivstation", "Nachtdienst"), no place
            f.append("UNIT")
        # Tagger round 6 (lookalikes.py): a clinical compound with a street ending ("Tränenweg", "Gallengang"),
        # a DICOM keyword ("ManufacturerModelName"), a product, maker or scanner word ("Groshong", "Somatom").
        if anatomy_compound(word):
            f.append("ANATCOMP")
        if dicom_keyword(word):
            f.append("DCMKEY")
        if low in product_words():
            f.append("PRODUCT")
    for name, group in _WORD_CLASSES:
        if low in group:
            f.append(name)
    if any(ch.isdigit() for ch in word):
        f.append("DIGIT")
        if word.isdigit():
            f.append(f"NUM{min(len(word), 6)}")
    return tuple(atom(s) for s in f)


# Exported tables: a line with two or more of one delimiter is a row (a comma only when most commas have no
# space after them: "Huber,Anna,1951" is a row, a sentence's commas are not).
_DELIMITERS = ("|", "\t", ";")
_DICOM = re.compile(r"\s*\(([0-9A-Fa-f]{4}),([0-9A-Fa-f]{4})\)\s*([A-Z]{2})?")  # "(0010,0010) PN ..." dumps
_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{1,3}")  # an HL7 segment's id opening a row: PID, PV1, NK1, OBR
_ALPHA = re.compile(r"[^\W\d_]+")
_LABEL_MARK = re.compile(r"[:=]")
MAX_FIELD = 15


def delimiter(line: str) -> str:
    """The delimiter of an exported table's row ("" when the line is none)."""
    for d in _DELIMITERS:
        if d in line and line.count(d) >= 2:
            return d
    if "," not in line:
        return ""
    commas = line.count(",")
    return "," if commas >= 3 and 2 * line.count(", ") < commas else ""


@dataclass(frozen=True)
class Layout:
    """The context of every token as hashable keys (so that their atoms' weights can be cached): per token
    (column, rule label, shape, in keep-term, in signature zone, "Label:" before it on its line, its table cell,
    last token of its line), per line its own features, and each token's line."""

    words: list[str]
    token_keys: list[tuple[int, str, str, bool, bool, str, str, bool]]
    line_keys: list[tuple[str, ...]]
    line_of: list[int]


def _class(w: str) -> int:
    """bits: 1 starts with a letter, 2 with a capital, 4 all capitals (two letters or more), 8 a closing word."""
    bits = 0
    if w[0].isalpha():
        bits = 1
        if w[0].isupper():
            bits |= 2
            if len(w) > 1 and w.isupper():
                bits |= 4
        if w.lower() in CLOSINGS:
            bits |= 8
    return bits


_CLASSES: dict[str, int] = {}
_SHAPES: dict[str, str] = {}
_COL = tuple(min(c, 3) for c in range(1024))
# A line's word count and shares of capitals (0..4 quarters) as their feature strings.
_LW = tuple(f"LW:{min(a, 7) // 2}" for a in range(8))
_SHARE = tuple(f"LC:{q}" for q in range(5))
_UPPER = tuple(f"LU:{q}" for q in range(5))


def _per_word(cache: dict, fn, words_: list[str]) -> list:
    """[fn(w) for w in words_] through `cache` (plain dict look-ups at C speed; misses filled, the cache bounded)."""
    out = list(map(cache.get, words_))
    if None in out:
        if len(cache) > 200_000:
            cache.clear()
        for i, v in enumerate(out):
            if v is None:
                out[i] = cache[words_[i]] = fn(words_[i])
    return out


def layout(toks: Tokens, rule_labels: Sequence[str], keep: Sequence[bool]) -> Layout:
    text = toks.text
    words_ = toks.words or [text[a:b] for a, b in zip(toks.starts, toks.ends, strict=True)]
    line_of = toks.line
    n_tok = len(words_)
    n_lines = len(toks.lines)
    n_alpha = [0] * n_lines
    n_caps = [0] * n_lines
    n_upper = [0] * n_lines
    closing = [False] * n_lines
    # line words, capitals, closings: each (line, class) pair counted once (Counter counts at C speed)
    for (n, c), count in Counter(zip(line_of, _per_word(_CLASSES, _class, words_), strict=True)).items():
        if c:
            n_alpha[n] += count
            if c & 2:
                n_caps[n] += count
                if c & 4:
                    n_upper[n] += count
            if c & 8:
                closing[n] = True
    line_keys: list[tuple[str, ...]] = []
    cells = [""] * n_tok
    eol = [False] * n_tok
    sig = [False] * n_lines
    sig_until = -1
    blank_before = True
    header: list[str] | None = None  # the header words of the table the line is in
    table = ""  # the delimiter of the rows above
    lo = 0
    for n, (a, b) in enumerate(toks.lines):
        hi = bisect_left(line_of, n + 1, lo)
        if hi > lo:
            eol[hi - 1] = True
        line = text[a:b]
        feats = ["BLOCK"] if blank_before else []
        blank_before = not line.strip()
        if n == 0:
            feats.append("DOC0")
        if "|" in line or "\t" in line or "  " in line.strip() or " · " in line:
            feats.append("SEPS")
        alpha = n_alpha[n]
        feats.append(_LW[alpha] if alpha < 8 else "LW:3")
        feats.append(_SHARE[(4 * n_caps[n]) // alpha] if alpha else "LC:0")
        if n_upper[n]:
            feats.append(_UPPER[(4 * n_upper[n]) // alpha])
        if "^" in line:
            feats.append("CARET")
        if "(" in line and (m := _DICOM.match(line)):
            feats.append(f"DCM:{m[1]},{m[2]}".lower())
            if m[3]:
                feats.append(f"VR:{m[3]}")
        d = delimiter(line) if line else ""
        if d:
            feats.append(f"D:{d}")
            fields = line.split(d)
            seg = fields[0] if _SEGMENT.fullmatch(fields[0]) else ""
            if seg:
                feats.append("HL7")
            elif d != table and not any(ch.isdigit() for ch in line):
                header = [m.group().lower() if (m := _ALPHA.search(f)) else "" for f in fields]
                feats.append("HEAD")
            if seg or (header is not None and d == table):
                _mark_cells(toks, lo, hi, a, line, d, f"{seg.lower()}:" if seg else header, cells)
        if d != table:
            table = d
            if not d or "HEAD" not in feats:
                header = None
        if n <= sig_until:
            feats.append("SIG")
            sig[n] = True
        if closing[n]:
            sig_until = n + 3
        line_keys.append(tuple(feats))
        lo = hi
    labels = [""] * n_tok
    if ":" in text or "=" in text:
        for m in _LABEL_MARK.finditer(text):  # a "Label:" / "Label=" marks the next three tokens on its line
            i = bisect_left(toks.starts, m.start())
            n = line_of[i]
            if i == 0 or line_of[i - 1] != n:
                continue
            prev = words_[i - 2] if words_[i - 1] == "." and i > 1 else words_[i - 1]
            if not prev[:1].isalpha():
                continue
            for j in range(i + 1, min(i + 4, n_tok)):
                if line_of[j] != n:
                    break
                labels[j] = prev.lower()
    cols = map(_COL.__getitem__, toks.col) if n_tok and max(toks.col) < len(_COL) else (
        c if c < 3 else 3 for c in toks.col)
    keys = list(zip(cols, rule_labels, _per_word(_SHAPES, shape, words_), keep, map(sig.__getitem__, line_of),
                    labels, cells, eol, strict=True))
    return Layout(words_, keys, line_keys, list(line_of))


def _mark_cells(toks: Tokens, lo: int, hi: int, start: int, line: str, d: str, header: list[str] | str,
                into: list[str]) -> None:
    """Each token of row `n` gets its cell's context: its column's header word ("h:name"), or for an HL7
    segment its id and field number ("pid:5")."""
    at = [start + i for i, ch in enumerate(line) if ch == d]
    for j in range(lo, hi):
        field = bisect_left(at, toks.starts[j])
        if isinstance(header, str):
            into[j] = f"{header}{min(field, MAX_FIELD)}"
        else:
            into[j] = "h:" + (header[field] if field < len(header) else "?")


@lru_cache(maxsize=65536)
def key_atoms(key: tuple[int, str, str, bool, bool, str, str, bool]) -> tuple[int, ...]:
    c, rule, sh, keep, sig, label, cell, eol = key
    f = [f"col:{c}", f"R:{rule}", f"col&s:{c}:{sh}"]
    if keep:
        f.append("KEEP")
    if sig:
        f.append(f"SIG&s:{sh}")
    if label:
        f.extend((f"after:{label}", f"afterlab&s:{sh}"))
    if cell:
        f.extend((f"cell:{cell}", f"cell&s:{cell}:{sh}"))
    if eol:
        f.append(f"eol&s:{sh}")
    return tuple(atom(x) for x in f)


@lru_cache(maxsize=4096)
def line_atoms(key: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(atom(x) for x in key)


def token_layout(toks: Tokens, rule_spans: Iterable[tuple[int, int, str]],
                 keep_ranges: Iterable[tuple[int, int]]) -> Layout:
    rule_labels = [""] * len(toks)
    keep = [False] * len(toks)
    _mark(toks, rule_spans, rule_labels)
    _mark(toks, ((s, e, True) for s, e in keep_ranges), keep)
    return layout(toks, rule_labels, keep)


def token_atoms(toks: Tokens, rule_spans: Iterable[tuple[int, int, str]],
                keep_ranges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """All atoms of every token: its word's, its context's and its line's (training; inference sums the
    same atoms' weights through model.TaggerModel.layout_emissions)."""
    lay = token_layout(toks, rule_spans, keep_ranges)
    return [[*word_atoms(w), *key_atoms(k), *line_atoms(lay.line_keys[n])]
            for w, k, n in zip(lay.words, lay.token_keys, lay.line_of, strict=True)]


def _mark(toks: Tokens, spans: Iterable[tuple[int, int, object]], into: list) -> None:
    for s, e, value in spans:
        lo, hi = bisect_right(toks.ends, s), bisect_left(toks.starts, e)
        if hi > lo:
            into[lo:hi] = [value] * (hi - lo)
