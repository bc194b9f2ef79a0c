# ruff: noqa: E501
"""DEV corpus of fix round 23a: person and facility misses of retired held-outs 33 and 34 (issue 14, deid-fix23a).

Written after listing the misses of the retired held-outs 33 and 34 and before reading this round's modules, for
the classes found there (none of their strings is used here): 1. logins of staff after a note or comment cue of a
RIS / records system ("RIS-Kommentar abc:", "HIM note (xyz):", "Records team note (ABC1):", "Benutzer xyz",
"requester abc12", "Visum abc"); 2. law firms named by partners joined with "&" or "und" and a firm word
(Rechtsanwälte, Kollegen, Partner, Advokatur, Kanzlei, P.A., LLP, Solicitors, avocats); 3. names with Arabic,
Portuguese, Spanish and Dutch particles inside (bin, bint, ibn, da, das, dos, de, del, van der) and an unlisted
last part. Look-alikes that must stay: the same cues before clinical words ("RIS-Kommentar: Aufnahme
wiederholt", "note (addendum):", "Benutzer Admin"), "&" between clinical words ("Morbus Crohn & Colitis",
"Hand & Handgelenk"), particles before common words ("bin ich", "da capo", "dos veces").

Markup as tests/curation/deid/text/corpus_de_en. Measured once, when written, with the code at the branch point
(86a8c9b), no spaCy: see the docs section "Report text: round 23a fixes (deid-fix23a)" in docs/deid.md.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- 1. logins after a note / comment cue ---
    _de("RIS-Kommentar [[PERSON:tbrandl]]: {{Voraufnahmen}} aus {{PACS}} angefordert, {{CD}} folgt."),
    _de("RIS-Kommentar 2026-02-03 09:14 ([[PERSON:hkoester]]): {{Kostenübernahme}} liegt vor."),
    _de("Benutzer [[PERSON:mdemirci]] hat den {{Befund}} freigegeben; {{Zweitbefundung}} offen."),
    _de("{{Versand}} per HIN-Mail, Visum [[PERSON:rbx]]. {{Kopie}} an Zuweiser."),
    _en("Records team note ([[PERSON:LWALSH3]]): 2 {{CDs}} encrypted, {{password}} sent separately."),
    _en("HIM note ([[PERSON:rcastillo]]): released {{reports}} and 1 {{CD}}, fee paid."),
    _en(
        "{{Image transfer}} request from the tertiary centre ({{requester}} [[PERSON:pmorrow07]]) for {{CT colonography}}."
    ),
    _en("Scheduling comment ([[PERSON:dnguyen]]): {{MRI}} moved to the {{3T}} scanner."),
    _fr("Commentaire RIS ([[PERSON:jfavre]]) : {{CD}} envoyé au {{médecin traitant}}."),
    _it("Nota segreteria ([[PERSON:mrossi2]]): {{referto}} inviato al medico curante."),
    # look-alikes: the cues before clinical or system words
    _de("RIS-Kommentar: {{Aufnahme}} wiederholt wegen {{Bewegungsartefakten}}."),
    _de("Benutzer {{Admin}} hat die {{Worklist}} neu geladen."),
    _en("Records team note (addendum): {{consent form}} scanned."),
    _en("HIM note (final): {{release}} complete, {{no charge}}."),
    _en("Scheduling comment (urgent): {{MRI brain}} today."),
    _de("Visum {{Oberarzt}} ausstehend, {{Befund}} vorläufig."),
    # --- 2. law firms with partners joined by & / und ---
    _de(
        "Anfrage der Kanzlei [[INSTITUTION:Dr. Hartl & Kollegen Rechtsanwälte]], Az. 88/26: {{Bildkopie}} des {{MRT}}."
    ),
    _de("Schreiben von [[INSTITUTION:Kanzlei Moosbrugger & Partner Rechtsanwälte GmbH]] betreffend {{Unfallfolgen}}."),
    _de("Anfrage [[INSTITUTION:Advokatur Gisler & Imhof]], lic. iur. [[PERSON:Petra Imhof]]: {{Röntgenbilder}} Knie."),
    _en("ROI request: [[INSTITUTION:Whitfield & Okonjo, P.A.]], re: client {{MVA}}, {{CT cervical spine}}."),
    _en(
        "Copy of {{images}} requested by [[INSTITUTION:Hargreaves & Lund Solicitors]] for the {{personal injury}} claim."
    ),
    _fr("Demande de l'étude [[INSTITUTION:Perrin & Cuendet avocats]] : copie du {{scanner}} {{cérébral}}."),
    # look-alikes: & between clinical words
    _de("{{Morbus Crohn}} & {{Colitis}}: {{Darmwandverdickung}} im Ileum."),
    _de("{{Hand}} & {{Handgelenk}} links: keine Fraktur."),
    _en("{{Wells}} & {{Geneva}} scores low; {{CTPA}} not indicated."),
    _en("{{Brown-Sequard}} & {{Horner}} excluded clinically."),
    # --- 3. names with particles ---
    _de("Termin für [[PERSON:Khalid bin Saeed Al-Mazrouei]], {{MRT}} {{Knie}} rechts."),
    _en("Patient [[PERSON:Noura bint Faisal Al-Harbi]], {{mammography}} {{screening}}."),
    _de("Konsil – [[PERSON:Das Neves Carvalho, Rui Miguel]], {{CT}} {{Thorax}}."),
    _en("Claimant [[PERSON:Ana da Graça Moutinho]] (Portuguese speaker), {{MRI lumbar spine}}."),
    _en("Minor [[PERSON:Brayan José Condori Huanca]], {{bone age}} radiograph."),
    _en("Patient [[PERSON:Pham Thi Thu Huong]] ({{goes by}} Huong), {{hip}} X-ray."),
    # look-alikes: particles before common words
    _de("Da {{keine}} {{Voraufnahmen}} vorliegen, bin ich auf den {{Verlauf}} angewiesen."),
    _en("Compared with {{prior}} {{CT}} dos; {{Gleason}} 7 on biopsy."),
)
