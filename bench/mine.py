"""Benchmark: reports/s per core for the whole mining step (prefilter, sentence windows, spaCy REF pipeline,
snippets), against a peer measured in the same run: the same spaCy pipeline over every full report.

    PYTHONPATH=. python bench/mine.py [--reports 20000] [--with-refs 0.3]

One process (= one core). Goal: >= 5,000 reports/s.
"""

from __future__ import annotations

import argparse
import random
import time

SENTENCES_DE = [
    "Keine pulmonalen Rundherde.", "Kein Pleuraerguss.", "Herz normal groß.", "Mediastinum unauffällig.",
    "Leber normal groß, homogen.", "Gallenblase steinfrei.", "Milz 11 x 4 cm, unauffällig.",
    "Nieren beidseits ohne Harnstau.", "Degenerative Veränderungen LWK 3/4 und LWK 4/5.",
    "Aorta bis 3,1 cm, atherosklerotisch verändert.", "Kein Nachweis freier Flüssigkeit.",
    "Voruntersuchung vom 12.03.2023 zum Vergleich.", "Steatosis hepatis Grad 2.", "Lymphknoten bis 8 mm.",
]
SENTENCES_EN = [
    "No pulmonary nodules.", "No pleural effusion.", "Heart size normal.", "Liver normal in size.",
    "Spleen measures 11 x 4 cm.", "Degenerative changes at L3/4.", "No free fluid.", "Lymph nodes up to 8 mm.",
]
REFS_DE = ["Rundherd im rechten Unterlappen (Serie {s}, Bild {i}).", "Zyste der Leber (Se {s}/Bi {i}-{j}).",
           "Auf Bild {i} der Serie {s} zeigt sich ein Lymphknoten.", "Nierenzyste links (Bild {i} und {j})."]
REFS_EN = ["A 6 mm nodule in the right lower lobe (series {s}, image {i}).", "Hepatic cyst ({s}:{i}).",
           "Adrenal adenoma (image {i} of series {s})."]


def make_reports(n: int, with_refs: float, seed: int = 0) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    texts, langs = [], []
    for _ in range(n):
        lang = "de" if rng.random() < 0.8 else "en"
        pool, refs = (SENTENCES_DE, REFS_DE) if lang == "de" else (SENTENCES_EN, REFS_EN)
        body = rng.sample(pool, k=min(len(pool), rng.randint(5, 8)))
        if rng.random() < with_refs:
            for _ in range(rng.randint(1, 2)):
                i = rng.randint(10, 200)
                body.insert(rng.randrange(len(body)), rng.choice(refs).format(s=rng.randint(2, 9), i=i, j=i + 3))
        texts.append(("Befund: " if lang == "de" else "Findings: ") + " ".join(body))
        langs.append(lang)
    return texts, langs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=20000)
    parser.add_argument("--with-refs", type=float, default=0.3)
    args = parser.parse_args()
    from curation.snippets.mine import mine_refs_batch
    from curation.snippets.ner import build_pipeline

    texts, langs = make_reports(args.reports, args.with_refs)
    mine_refs_batch(texts[:200], langs[:200])  # warm: spaCy import, pipeline build
    t0, c0 = time.perf_counter(), time.process_time()
    mined = mine_refs_batch(texts, langs)
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    n_refs = sum(map(len, mined))
    nlp = build_pipeline("de")
    t0 = time.perf_counter()
    peer_refs = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=512))
    peer = time.perf_counter() - t0
    print(f"reports: {len(texts)}  with refs: {sum(1 for m in mined if m)}  refs: {n_refs} (peer ents {peer_refs})")
    print(f"mining step:      {len(texts) / ours:,.0f} reports/s per core (wall clock)")
    # CPU seconds of this process: the per-core figure that other load on a shared machine does not skew.
    print(f"mining step:      {len(texts) / ours_cpu:,.0f} reports/s per CPU-second")
    print(f"peer (spaCy REF pipeline on every full report): {len(texts) / peer:,.0f} reports/s")
    verdict = "met" if len(texts) / ours_cpu >= 5000 else "NOT met"
    print(f"ratio ours/peer: {peer / ours:.2f}x   goal >= 5,000 reports/s: {verdict}")


if __name__ == "__main__":
    main()
