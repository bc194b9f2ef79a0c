"""Score the held-out RTF/HTML corpus through the report loader and the scrubber.

`python -m tests.curation.reports.heldout_markup_score` prints, per document and in total, which header
name words survive in the curated text and which keep words are lost. The leak check decodes the output
with a reference decoder of its own (striprtf for RTF, tags dropped and entities decoded for HTML), so a
name left in escaped form (M\\'fcller, M&ouml;ller) counts as a leak.
"""

from __future__ import annotations

import csv
import html
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from striprtf.striprtf import rtf_to_text

from curation.deid.text.scrub import scrub_text
from curation.reports.language import detect_language
from curation.reports.load import load_report_table
from curation.vault import PatientPhi
from tests.curation.reports.heldout_markup_corpus import DOCS, MarkupDoc


def reference_decode(text: str) -> str:
    """What a reader of the output would see (independent of the code under test)."""
    if text.lstrip().startswith("{\\rtf"):
        text = rtf_to_text(text, errors="replace")
    text = re.sub(r"</?(?:span|b|i|u|em|strong|font|a)\b[^>]*>", "", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]*>", " ", text)
    return html.unescape(text).replace("\xa0", " ")


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(c for c in bare if not unicodedata.combining(c)).lower().replace("\u2019", "'")


def name_words(doc: MarkupDoc) -> list[str]:
    words = re.split(r"[\s\-]+", f"{doc.family} {doc.given}")
    return [w for w in words if len(w) >= 3]


@dataclass(frozen=True)
class DocScore:
    doc_id: str
    leaked: tuple[str, ...]
    lost_keep: tuple[str, ...]


def curated_texts(docs: tuple[MarkupDoc, ...] = DOCS) -> dict[str, str]:
    """Each document written as one cell of a CSV report table, loaded, scrubbed with its header names."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.csv"
        with path.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(["accession_number", "report_text"])
            for doc in docs:
                writer.writerow([f"A{doc.doc_id}", doc.text])
        loaded = load_report_table(path, "F0", "reports.csv")
    assert not loaded.quarantined, loaded.quarantined
    out: dict[str, str] = {}
    for doc, report in zip(docs, loaded.reports, strict=True):
        phi = PatientPhi("P", names=(f"{doc.family}^{doc.given}",))
        out[doc.doc_id] = scrub_text(report.text, detect_language(report.text), phi, 0).text
    return out


def score(docs: tuple[MarkupDoc, ...] = DOCS) -> list[DocScore]:
    texts = curated_texts(docs)
    scores = []
    for doc in docs:
        seen = _fold(reference_decode(texts[doc.doc_id]))
        leaked = tuple(w for w in name_words(doc) if re.search(rf"(?<!\w){re.escape(_fold(w))}(?!\w)", seen))
        lost = tuple(k for k in doc.keep if _fold(k) not in seen)
        scores.append(DocScore(doc.doc_id, leaked, lost))
    return scores


def main() -> None:
    scores = score()
    names = sum(len(name_words(d)) for d in DOCS)
    leaked = sum(len(s.leaked) for s in scores)
    keep = sum(len(d.keep) for d in DOCS)
    lost = sum(len(s.lost_keep) for s in scores)
    for s in scores:
        print(f"{s.doc_id}: leaked {list(s.leaked)} lost {list(s.lost_keep)}")
    print(f"documents with a leaked name: {sum(bool(s.leaked) for s in scores)}/{len(scores)}; "
          f"name words leaked {leaked}/{names}; keep words kept {keep - lost}/{keep}")


if __name__ == "__main__":
    main()
