"""Held-out RTF / HTML report corpus (issue 15, item 1).

Written before the report-text normaliser existed and before its writer read the report loader or the
scrubber. Each document is a report as a RIS would export it (RTF in a declared code page, HTML with
entities), with the patient's header names (as the DICOM header would carry them) and words that must
survive decoding. Measured once before and once after the normaliser (docs/reports.md); not tuned on.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MarkupDoc:
    doc_id: str
    kind: str  # "rtf" | "html" | "text"
    text: str
    family: str  # header PatientName family name (true spelling)
    given: str
    keep: tuple[str, ...]  # decoded words/phrases that must remain in the curated text


DOCS: tuple[MarkupDoc, ...] = (
    MarkupDoc(
        "r01", "rtf",
        r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fnil\fcharset0 Arial;}}"
        r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs20\lang1031 "
        r"Patient: J\'fcrgen K\'f6hlbrenner, geb. 03.04.1951\par "
        r"Untersuchung: CT Thorax mit KM\par "
        r"Befund: Rundherd im rechten Oberlappen 9 mm (Serie 3, Bild 45). Keine Lymphadenopathie.\par "
        r"Beurteilung: Kontrolle in 3 Monaten empfohlen.\par }",
        "Köhlbrenner", "Jürgen", ("Rundherd", "Oberlappen", "Serie 3, Bild 45", "Beurteilung"),
    ),
    MarkupDoc(
        "r02", "rtf",
        r"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0\froman Times New Roman;}}\f0 "
        r"Pat.: Bj\u246?rn \u214?zt\u252?rk\par "
        r"Fragestellung: Appendizitis?\par "
        r"Befund: Appendix nicht verdickt, kein freies Fl\u252?ssigkeitsdepot.\par}",
        "Öztürk", "Björn", ("Appendix", "Flüssigkeitsdepot"),
    ),
    MarkupDoc(
        "r03", "rtf",
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\fmodern Courier New;}}"
        r"{\colortbl ;\red0\green0\blue0;\red255\green0\blue0;}"
        r"\pard\plain\f0\fs22{\b Name:}\tab {\b M\'fc}ller-Wei\'dfenfels, Roswitha\par "
        r"\pard\plain\f0\fs22 MRT LWS nativ\line Diskusprotrusion L4/5 (Serie 7, Bild 12)\par}",
        "Müller-Weißenfels", "Roswitha", ("Diskusprotrusion", "L4/5", "Serie 7, Bild 12"),
    ),
    MarkupDoc(
        "r04", "rtf",
        r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0\fswiss\fcharset238 Arial CE;}}\f0 "
        r"Pacient: Zde\'f2ka Dvo\'f8\'e1kov\'e1\par "
        r"CT Sch\'e4del: Keine intrakranielle Blutung.\par}",
        "Dvořáková", "Zdeňka", ("intrakranielle", "Blutung"),
    ),
    MarkupDoc(
        "r05", "rtf",
        r"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}\f0 "
        r"Patient: Siobhan O\rquote Driscoll\par "
        r"CLINICAL DETAILS: cough, ?consolidation\par "
        r"FINDINGS: Right lower lobe consolidation (series 2, image 88). No effusion.\par}",
        "O'Driscoll", "Siobhan", ("consolidation", "series 2, image 88", "effusion"),
    ),
    MarkupDoc(
        "r06", "rtf",
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}"
        r"\trowd\cellx2000\cellx6000 Name\cell Gr\'e4fenst\'e4dter, Annelies\cell\row "
        r"\trowd\cellx2000\cellx6000 Geb.\cell 17.11.1938\cell\row "
        r"\pard Befund: Leberzyste Segment VII, 14 mm.\par}",
        "Gräfenstädter", "Annelies", ("Leberzyste", "Segment VII"),
    ),
    MarkupDoc(
        "r07", "rtf",
        r"{\rtf1\ansi\ansicpg1252{\fonttbl\f0\fnil Helvetica;}{\*\expandedcolortbl;;}"
        r"{\info{\author Dr. Reto Caflisch}{\title Befund}}\f0\fs24 "
        r"Herr Urs Tsch\'fcmperlin (*12.02.1949)\par "
        r"R\'f6ntgen Thorax pa/seitlich: kein Pneumothorax.\par}",
        "Tschümperlin", "Urs", ("Pneumothorax", "Thorax"),
    ),
    MarkupDoc(
        "h01", "html",
        "<html><head><title>Befund</title><style>p{font-family:Arial}</style></head><body>"
        "<p>Patientin: Hildegard M&ouml;&szlig;ner</p><p>Sonographie Abdomen</p>"
        "<p>Befund: Gallenblase mit Konkrement 12&nbsp;mm.<br>Leber unauff&auml;llig.</p></body></html>",
        "Mößner", "Hildegard", ("Gallenblase", "Konkrement", "Leber unauffällig"),
    ),
    MarkupDoc(
        "h02", "html",
        "<div>Name: Ren&#233; Schw&#xE4;bisch</div><div>CT Abdomen: freie Luft subphrenisch "
        "(Serie 4, Bild 23).</div>",
        "Schwäbisch", "René", ("freie Luft", "Serie 4, Bild 23"),
    ),
    MarkupDoc(
        "h03", "html",
        "<html><body><script>var pat='Friedl&auml;nder';</script>"
        "<table><tr><td>Patient</td><td>Friedl&auml;nder, Gottfried</td></tr>"
        "<tr><td>Untersuchung</td><td>MRT Knie rechts</td></tr></table>"
        "<p>Innenmeniskushinterhorn-L&auml;sion Grad III.</p></body></html>",
        "Friedländer", "Gottfried", ("Innenmeniskushinterhorn", "Grad III"),
    ),
    MarkupDoc(
        "h04", "html",
        "<p>Pat.: <span>Kr&auml;</span><span>henb&uuml;hl</span>, <b>Vroni</b></p>"
        "<p>Mammographie beidseits: BI-RADS 2.</p>",
        "Krähenbühl", "Vroni", ("Mammographie", "BI-RADS 2"),
    ),
    MarkupDoc(
        "h05", "html",
        "<P>PATIENT: Dana&nbsp;Kowalczyk</P><P>EXAM: CT chest w/o contrast</P>"
        "<P>IMPRESSION: 6&nbsp;mm nodule RUL (se 3, im 112) &amp; mild emphysema.</P>",
        "Kowalczyk", "Dana", ("nodule", "emphysema", "RUL"),
    ),
    MarkupDoc(
        "h06", "html",
        "<!DOCTYPE html><html><body><!-- dictated for R&eacute;gine Ch&acirc;telain -->"
        "<h3>Befund</h3><p>Frau R&eacute;gine Ch&acirc;telain, Thorax-CT: Lungenembolie "
        "rechts basal.</p></body></html>",
        "Châtelain", "Régine", ("Lungenembolie", "basal"),
    ),
    MarkupDoc(
        "t01", "text",
        "Patient: Waltraud Eberhardinger\nCT Becken: keine Fraktur (Serie 2, Bild 31).",
        "Eberhardinger", "Waltraud", ("Fraktur", "Serie 2, Bild 31"),
    ),
)
