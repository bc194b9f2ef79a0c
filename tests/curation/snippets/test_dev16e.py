"""Mining against the issue-16 round-4 DEV set (`dev16e.py`: a third engineer's excerpts, tuned on).

Scored as `test_dev16c.py`; plus one assertion per class the round added (abbreviated and compact orders, prior
cues before/inside/after the bracket and their scope, numbers beside a citation that are no fields).
"""

from __future__ import annotations

from curation.snippets.mine import mine_refs
from tests.curation.snippets.dev16e import BATCH1, BATCH2, BATCH3, BATCH4, BATCH5, BATCH6, BATCH7
from tests.curation.snippets.test_dev16c import score_dev


def test_dev16e_figures() -> None:
    s = score_dev(BATCH1 + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6 + BATCH7)
    print(f"dev16e: tp={s.tp} fp={s.fp} fn={s.fn} P={s.precision:.3f} R={s.recall:.3f} "
          f"snippets exact={s.exact}/{s.snippets} token-F1={s.snippet_f1:.3f} planes={s.planes_right}/{s.tp}")
    for line in s.misses:
        print(line)
    # measured once before its fixes: batch 1 (on 4f18e80) P 0.972 (fp 2), R 0.946 (fn 4), snippets 62/67;
    # batch 2 P 0.956 (fp 2), R 0.896 (fn 5), 37/42; batch 3 P 1.000, R 1.000, 31/36 (two of them label slips);
    # batch 4 P 0.971 (fp 1), R 0.971 (fn 1), 31/32, planes 32/33 (after fixing three markup slips);
    # batch 5 P 0.846 (fp 4), R 0.957 (fn 1), 20/22; batch 6 P 0.909 (fp 2), R 0.870 (fn 3), 17/17;
    # batch 7 (the last check) P 0.913 (fp 2), R 0.955 (fn 1), 17/21
    # left as misses on purpose: "(Serie drei Bild 45)" (number words) and "(3-45)" (a range to the reader); left as
    # a false hit: "Images 20-25 of 240 are degraded" (images are named; the confounder label is debatable)
    # round 5 (number words for the series) found "(Serie drei Bild 45)": (266, 2, 2) -> (267, 1, 1)
    assert (s.tp, s.fp, s.fn) == (267, 1, 1)
    assert s.exact >= 240 and s.snippet_f1 >= 0.98 and s.planes_right == s.tp


def _got(text: str, lang: str = "de") -> list[tuple]:
    return [(r.series_used, r.image_start, r.image_end, r.prior_study)
            for r in mine_refs(text, lang, include_prior=True)]


def test_round4_abbreviated_and_compact_orders() -> None:
    assert _got("Nodule (s3 i45).", "en") == [(3, 45, 45, False)]
    assert _got("Nodule (s. 3, i. 45).", "en") == [(3, 45, 45, False)]
    assert _got("Nodule (S3 IM45).", "en") == [(3, 45, 45, False)]
    assert _got("Nodule (B 88 S 5).", "en") == [(5, 88, 88, False)]
    assert _got("Nodule (i120 s3).", "en") == [(3, 120, 120, False)]
    assert _got("Nodule (srs 3 img 45).", "en") == [(3, 45, 45, False)]  # before: image 45 of no series
    assert _got("Vitamin (B12 S1) erniedrigt.") == []
    assert _got("Nodule (S:3/I:45).", "en") == [(3, 45, 45, False)]
    assert _got("Nodule (image 45 in the axial series 3).", "en") == [(3, 45, 45, False)]
    assert _got("Nodule (3:45; 601:40 coronal).", "en") == [(3, 45, 45, False), (601, 40, 40, False)]
    assert _got("Runder Herd (Serie 3 (portalvenös) Bild 55).")[0][:2] == (3, 55)
    assert _got("Nierenzyste Serie 4 Komma Bild 66.") == [(4, 66, 66, False)]


def test_round4_prior_cues_and_their_scope() -> None:
    # a prior phrase closing the bracket after "im", or after the bracket at the clause end
    assert _got("Herd (Serie 5, Bild 50; Serie 3, Bild 47 im Vorbefund).") == [(5, 50, 50, False), (3, 47, 47, True)]
    assert _got("Herd 9 mm (Se 5 Bi 50) vs. 6 mm (Se 3 Bi 45) in der VU.") == [(5, 50, 50, False), (3, 45, 45, True)]
    assert _got("Herd (Serie 5, Bild 50) in der VU nicht abgrenzbar.") == [(5, 50, 50, False)]
    # a comparison after a citation of this study names where the next one is seen
    assert _got("The nodule (series 5 image 50) is larger than on the prior (series 3 image 45).", "en") == [
        (5, 50, 50, False), (3, 45, 45, True)]
    assert _got("Herd 9 mm (Se 5 Bi 50), im Vergleich zur VU (Se 3 Bi 45) größer.") == [
        (5, 50, 50, False), (3, 45, 45, True)]
    # round 29 (refs-conv29): alone, the citation right after "zur VU" is that exam's (the lead's convention)
    assert _got("Im Vergleich zur VU (Se 3 Bi 45) größenprogredienter Herd.") == [(3, 45, 45, True)]
    # a bare prior word or a date, then a measurement only
    assert _got("Herd 9 mm (Se 5 Bi 50), VU 6 mm (Se 3 Bi 45).") == [(5, 50, 50, False), (3, 45, 45, True)]
    assert _got("Herd 9 mm (Se 5 Bi 50), am 03.04.2023 6 mm (Se 3 Bi 45).") == [(5, 50, 50, False),
                                                                               (3, 45, 45, True)]
    # labels naming the prior examination; the next sentence's citation stays this study's
    assert _got("Baseline exam: lesion 25 mm (series 2, image 55). Current exam: lesion 19 mm (series 4, image 58).",
                "en") == [(2, 55, 55, True), (4, 58, 58, False)]
    assert _got("Ausgangsbefund: Herd 6 mm (Serie 3, Bild 45).") == [(3, 45, 45, True)]
    assert _got("Prior: 4 mm nodule (series 3, image 200). Today: 6 mm (series 5, image 210).", "en") == [
        (3, 200, 200, True), (5, 210, 210, False)]
    assert _got("On the 3/2023 CT the nodule measured 4 mm (series 3 image 45).", "en") == [(3, 45, 45, True)]
    # bare pairs with their study after them or a time word before them
    assert _got("Hämangiom Segment II (2/45 in der VU, aktuell 4/48).") == [(2, 45, 45, True), (4, 48, 48, False)]
    assert _got("Nodule (5:50, 3:45 on prior).", "en") == [(5, 50, 50, False), (3, 45, 45, True)]
    assert _got("Herd (VU 3/45, aktuell 5/50).") == [(3, 45, 45, True), (5, 50, 50, False)]
    assert _got("Nodule (5/50, previously 3/45).", "en") == [(5, 50, 50, False), (3, 45, 45, True)]
    # more names of the earlier examination
    assert _got("Herd (Serie 3, Bild 45 der Fremdaufnahme).") == [(3, 45, 45, True)]
    assert _got("Herd in der Staging-CT vom 03.02.2024 6 mm (Serie 3, Bild 45).") == [(3, 45, 45, True)]
    assert _got("Nodule on prior imaging (series 3 image 45).", "en") == [(3, 45, 45, True)]
    assert _got("Herd (Serie 3, Bild 45), Fremdkörper ausgeschlossen.") == [(3, 45, 45, False)]


def test_round4_numbers_beside_a_citation_are_no_fields() -> None:
    assert _got("Lesion (image 12/240, series 4).", "en") == [(4, 12, 12, False)]  # before: series 12, image 240
    assert _got("Herd (Bild 12/240 der Serie 4).") == [(4, 12, 12, False)]
    assert _got("Herd (Bild 6/45, Serie 6).") == [(6, 45, 45, False)]
    assert _got("Lesion (series 4, images 12 and 3 others).", "en") == [(4, 12, 12, False)]
    assert _got("Lesion (series 3, image 2 of 3).", "en") == []  # the fallback matcher's "series 3, image 2"
    assert _got("Herd (Serie 3, Bild 2 von 3).") == []
    # the series' own counter, a thickness before the series word, a spaced dash before a measurement
    assert _got("Herd (Serie 2 von 6, Bild 45).") == [(2, 45, 45, False)]  # before: image 45 of no series
    assert _got("Nodule (image 45, 1.5 mm series 3).", "en") == [(3, 45, 45, False)]
    assert _got("Herd (Bild 45 der Dünnschichtserie 3).") == [(3, 45, 45, False)]
    assert _got("Herd (Serie 3, Bild 45 – 12 mm).") == [(3, 45, 45, False)]  # before: no reference
    assert _got("Herd (Serie 3, Bild 45-2 cm).") == [] and _got("Herd (Bild 12/8 mm).") == []
    # key-image numbers and counters over one total are no image numbers
    assert _got("Key image 3: enhancing mass (series 5, image 40).", "en") == [(5, 40, 40, False)]
    assert _got("Key image 3 shows the mass (series 5, image 40).", "en") == [(5, 40, 40, False)]
    assert _got("Images 3/5 and 4/5 show motion.", "en") == []
    assert _got("Rib fracture (series 3, image 112). Key image 1 attached.", "en") == [(3, 112, 112, False)]
    # a pair's measurement inside a bracket of bare pairs; a body-part word in a date-named examination
    assert _got("Läsion Segment V, 18 mm (3/44; VU 2/41: 12 mm).") == [(3, 44, 44, False), (2, 41, 41, True)]
    assert _got("Infarct (series 2, image 18), unchanged from the 08/2023 head CT (series 2, image 17).", "en") == [
        (2, 18, 18, False), (2, 17, 17, True)]
    assert _got("Bilder 4/88 und 5/88 zeigen den Herd.") == [(4, 88, 88, False), (5, 88, 88, False)]
    # a measurement dated right before the citation
    assert _got("Nodule now 6 mm (series 4 image 80), 4 mm in January 2024 (series 4 image 78).", "en") == [
        (4, 80, 80, False), (4, 78, 78, True)]
    # a list item that names its own series after it
    assert _got("Herd (Serie 3 Bild 45 und Bild 2 der Serie 5).") == [(3, 45, 45, False), (5, 2, 2, False)]


def test_round4_snippet_frames() -> None:
    snippets = [r.snippet for r in mine_refs("On the outside PET-CT, the node was FDG avid (series 4 image 120). "
                                             "On today's CT it measures 12 mm (series 2 image 118).", "en",
                                             include_prior=True)]
    assert snippets == ["the node was FDG avid", "it measures 12 mm"]
    (ref,) = mine_refs("In der MRT vom 12.01.2023 Läsion 6 mm (Serie 8, Bild 14).", include_prior=True)
    assert (ref.snippet, ref.prior_study) == ("Läsion 6 mm", True)


def test_round4_hint_and_prior_scope() -> None:
    # an item that writes a series of its own is no list item: the plane word after it is its hint only
    text = "Zystischer Herd (Serie 3 Bild 45 bzw. Serie 501 Bild 22 koronar)."
    first, second = mine_refs(text, include_prior=True)
    assert "koronar" not in text[first.hint_start:first.hint_end]
    assert "koronar" in text[second.hint_start:second.hint_end]
    assert first.snippet == second.snippet == "Zystischer Herd"
    # "the most recent prior" opening the sentence; the next sentence is this study's
    assert _got("On the most recent prior the mass measured 3.0 cm (series 2 image 40). It now measures 3.6 cm "
                "(series 3 image 44).", "en") == [(2, 40, 40, True), (3, 44, 44, False)]
    # "since the prior study:" is no label; "previously seen on" a citation of the prior; "previously" after the bracket
    assert _got("New since the prior study: 8 mm nodule (series 4 image 33).", "en") == [(4, 33, 33, False)]
    assert _got("The nodule (series 4 image 33), previously seen on series 3 image 30, measures 8 mm.", "en") == [
        (4, 33, 33, False), (3, 30, 30, True)]
    assert _got("The nodule measures 8 mm (series 4 image 33) versus 5 mm (series 3 image 30) previously.", "en") == [
        (4, 33, 33, False), (3, 30, 30, True)]
    assert _got("Nodule previously seen (series 4 image 33) is stable.", "en") == [(4, 33, 33, False)]
