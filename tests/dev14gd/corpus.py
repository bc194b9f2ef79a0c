# ruff: noqa: E501
"""DEV corpus of round 25: addresses in prose, letters and forms, classes written by many authors (issue 14, deid-addr25).

Written before reading this round's modules, from the address classes named in the round's brief (none of the
retired held-outs' strings is used): 1. town-only residences ("wohnhaft in", "lives in", "aus", "resident of",
"domicilié à"); 2. German / Austrian / Swiss street forms (compound streets, "Str.", Austrian "Stiege/Top",
Swiss "Chemin/Rue/Via" with NPA); 3. UK house names, Road/Lane/Close and postcodes; 4. US house numbers with
St/Ave/Blvd, apartment / suite and a state ZIP; 5. postcodes and PO boxes alone; 6. partial addresses in running
text. Look-alikes that must stay: anatomy and clinical compounds ending like streets ("Hauptstamm", "Zugang",
"Gefäßweg", "Abflussweg"), eponyms, drug names, route and unit words, "lives alone", "aus der Ambulanz",
"St. segment", "Ave" in measures, "Box" in scoring.

Markup as tests/curation/deid/text/corpus_de_en (titles and street numbers inside the ADDRESS span).
Measured once, when written, with the code at the branch point (6fa1878), no spaCy: see the docs section
"Report text: round 25 addresses (deid-addr25)" in docs/deid.md.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet
from tests.curation.deid.text.corpus_de_en import de as _de
from tests.curation.deid.text.corpus_de_en import en as _en
from tests.curation.deid.text.corpus_de_en import fr as _fr
from tests.curation.deid.text.corpus_de_en import it as _it

DEV: tuple[Snippet, ...] = (
    # --- 1. town-only residences ---
    _de("Pat. wohnhaft in [[ADDRESS:Bad Kreuznach]], {{CT}} {{Thorax}} mit {{KM}}."),
    _de("Die Patientin lebt allein in [[ADDRESS:Wolfenbüttel]] und stürzte zu Hause; {{Röntgen}} {{Hüfte}}."),
    _de("Zuweisung eines 58-jährigen Mannes aus [[ADDRESS:Straubing]] zur {{MRT}} der {{LWS}}."),
    _de("Der Patient, wohnhaft [[ADDRESS:Feldkirch]], kam mit {{Thoraxschmerz}}."),
    _en("Retired farmer who lives in [[ADDRESS:Market Harborough]]; {{CT}} {{KUB}} for {{colic}}."),
    _en("She is a resident of [[ADDRESS:Kettering]] and was referred by her {{GP}}."),
    _en("Patient from [[ADDRESS:Bozeman, Montana]], presented with {{hemoptysis}}; {{CTA}} {{chest}}."),
    _en("He moved to [[ADDRESS:Harrogate]] last year; {{MRI}} {{brain}} for {{headache}}."),
    _fr("Patient domicilié à [[ADDRESS:Yverdon-les-Bains]], {{IRM}} du {{genou}} droit."),
    _it("Paziente residente a [[ADDRESS:Bellinzona]], {{TC}} {{addome}} con {{mdc}}."),
    # look-alikes: residence words without a place
    _de("Patient lebt allein, {{Pflegestufe 2}}; {{Zugang}} über die {{Notaufnahme}}."),
    _de("Zuweisung aus der {{Ambulanz}}, Befund aus dem {{Vorbefund}} übernommen."),
    _en("Patient {{lives alone}} and {{lives with}} a carer; transferred from {{ICU}}."),
    _en("Resident of a {{nursing home}}; came from {{theatre}} to {{recovery}}."),
    # --- 2. German, Austrian and Swiss streets ---
    _de("Anschrift: [[ADDRESS:Kastanienallee 41, 14052 Berlin]]; {{Überweisung}} {{Orthopädie}}."),
    _de("Die Patientin wohnt [[ADDRESS:Am Mühlenteich 3a]] in [[ADDRESS:Lüneburg]]; {{Sonographie}} {{Abdomen}}."),
    _de("Rückfragen an die Tochter, [[ADDRESS:Weidenstr. 12]], {{Pflegedienst}} informiert."),
    _de("Wohnadresse [[ADDRESS:Hafenring 8]], 2. OG, kein {{Aufzug}}; {{Transport}} liegend."),
    _de("Versand an die Hausärztin, [[ADDRESS:Schillerplatz 5, 73728 Esslingen]]."),
    _de("Wohnhaft [[ADDRESS:Neckarufer 17]], [[ADDRESS:Heidelberg]]; {{Kontrolle}} in 6 Wochen."),
    _de("Adresse: [[ADDRESS:Hernalser Gürtel 22/Stiege 3/Top 14, 1170 Wien]], {{MRT}} {{HWS}}."),
    _de("Patient wohnt [[ADDRESS:Bergmillergasse 9/2/7]] in [[ADDRESS:Wien]]; {{Hausbesuch}} nicht möglich."),
    _de("Wohnort: [[ADDRESS:Lindenhofweg 4, 6020 Innsbruck]]; {{Röntgen}} {{Sprunggelenk}}."),
    _fr("Domicile : [[ADDRESS:Chemin des Vignerons 11, 1806 Saint-Légier]]; {{IRM}} {{lombaire}}."),
    _fr("Adresse du patient [[ADDRESS:Rue du Simplon 27, 1920 Martigny]], {{radiographie}} du {{thorax}}."),
    _it("Indirizzo: [[ADDRESS:Via Cantonale 18, 6900 Lugano]]; {{ecografia}} {{tiroide}}."),
    _de("Wohnhaft [[ADDRESS:Seefeldstrasse 140, 8008 Zürich]]; {{CT}} {{Nasennebenhöhlen}}."),
    # look-alikes: street-like compounds in clinical text
    _de("{{Hauptstamm}} frei, {{RIVA}} mit 50 % Stenose; {{Zugangsweg}} über die {{A. radialis}}."),
    _de("{{Abflussweg}} des {{Liquors}} frei; kein {{Aufstau}} im {{Ventrikelsystem}}."),
    _de("{{Gefäßweg}} über die {{Leiste}}, {{Schleuse}} 6 F, {{Verschlusssystem}} angelegt."),
    _de("{{Platzbauch}} ausgeschlossen; {{Ring}} der {{Aortenklappe}} 23 mm."),
    _de("{{Wirbelkörper}} {{LWK 3}} mit {{Deckplatte}} eingebrochen; {{Damm}} intakt."),
    _de("{{Praxisweg}} für {{Kontrollen}} über das {{Portal}}; {{Allen-Test}} unauffällig."),
    _de("{{Behandlungspfad}} {{Schlaganfall}}: {{Stroke-Unit}} Bett 4."),
    # --- 3. UK addresses ---
    _en("Address: [[ADDRESS:Rosemead, 14 Holly Lane, Thornbury, BS35 2QT]]; {{CT}} {{colonography}}."),
    _en("Letter copied to patient at [[ADDRESS:Flat 6, 27 Carisbrooke Road, Leeds LS6 1AH]]."),
    _en("Lives at [[ADDRESS:The Old Forge, Mill Close]], [[ADDRESS:Shepton Mallet]]; {{DEXA}} requested."),
    _en("Home address [[ADDRESS:3 Beech Close, Malvern WR14 2HJ]], {{ultrasound}} {{carotids}}."),
    _en("Postcode [[ADDRESS:NE29 8TB]] on the referral; {{CT}} {{head}} {{non-contrast}}."),
    # look-alikes
    _en("{{Box}} score 3; {{Road traffic collision}} at low speed; {{Close}} follow-up advised."),
    _en("{{Lane}} change not relevant; {{Flat}} {{T waves}} on {{ECG}}; {{Court}} report not required."),
    # --- 4. US addresses ---
    _en("Patient address: [[ADDRESS:2417 Maple Ridge Ave, Apt 3B, Fort Wayne, IN 46805]]."),
    _en("Mail results to [[ADDRESS:880 Lakeshore Blvd, Suite 210, Evanston, IL 60201]]."),
    _en("He lives at [[ADDRESS:55 W Pine St]] in [[ADDRESS:Asheville]]; {{CT}} {{abdomen}} {{pelvis}}."),
    _en("Discharged to home, [[ADDRESS:1290 County Road 14]], [[ADDRESS:Loveland, CO 80537]]."),
    _en("Send to [[ADDRESS:PO Box 4418, Santa Fe, NM 87502]]; {{MRA}} {{renal arteries}}."),
    # look-alikes
    _en("{{ST segment}} elevation in {{V2-V4}}; {{Average}} {{HR}} 88; {{Suite}} 4 of the {{cath lab}}."),
    _en("{{Blvd}} not applicable; {{Apt}} scores improved; {{PO}} intake poor."),
    # --- 5. postcodes and PO boxes alone ---
    _de("PLZ [[ADDRESS:44137]], {{Kostenträger}} {{AOK}}; {{MRT}} {{Knie}}."),
    _de("Postfach [[ADDRESS:11 02 47]], [[ADDRESS:30851 Langenhagen]]; {{Befundversand}} per Post."),
    _en("Zip code [[ADDRESS:02139]]; {{screening}} {{mammogram}}."),
    # look-alikes
    _de("{{Postfach}} der {{Radiologie}} geleert; {{PLZ}} fehlt auf dem {{Auftrag}}."),
    _en("{{Zip}} of the {{gown}} broken; {{Code}} 44 called."),
    # --- 6. partial addresses in running text ---
    _de("Sturz vor dem Haus in der [[ADDRESS:Gartenstraße]] in [[ADDRESS:Minden]]; {{Röntgen}} {{Handgelenk}}."),
    _en("Found collapsed outside [[ADDRESS:42 Ashgrove Terrace]]; {{CT}} {{head}}."),
    _de("Unfall an der Kreuzung [[ADDRESS:Bahnhofstraße/Lindenweg]], {{Polytrauma}}-{{Spirale}}."),
    _en("Collision on [[ADDRESS:Harbour Lane]] near the {{roundabout}}; {{FAST}} negative."),
)
