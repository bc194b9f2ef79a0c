"""Held-out corpus 5: complete German and English radiology reports with PHI spans and keep words marked.

Written before the scrubber (curation/deid/text/scrub*.py) or the earlier corpora were read, to measure
the scrubber once on text it was not tuned on. Each entry is a whole report as a RIS export gives it:
header block (patient, birth date, IDs, accession, referrer, exam date), Klinische Angaben / Fragestellung
(Indication), Technik, Befund (Findings), Beurteilung (Impression), signature and dictation footer. PHI
sits where real exports have it: header fields, clinical history with dates, places and surgeons,
relatives, external prior exams, dictation metadata (diktiert / geschrieben / MTRA), phone callbacks,
copies to referrers with fax numbers. Markup as in corpus_de_en.py: ``[[LABEL:text]]`` marks PHI (only the
identifying part: the name without its title, the number without "Tel."), ``{{text}}`` a keep word.
Times of day ("14:02") are not marked either way. Reports with ``phi="P5x"`` are scrubbed with that
patient's header dictionary (`PHI_HELDOUT5`), whose spellings differ from the text (transliteration, case,
hyphenation, a typo) as they do in practice; the others with rules alone.
"""
# ruff: noqa: E501  (whole report lines as RIS exports hold them)

from __future__ import annotations

from curation.vault import PatientPhi
from tests.curation.deid.text.corpus_de_en import Snippet, parse

PHI_HELDOUT5 = {
    "P51": PatientPhi(
        "P51", patient_ids=("4711023",), names=("Schröder^Klaus-Dieter",), birth_dates=("19510704",),
        accessions=("RA24031577",), physicians=("Brandt^Heike^^Dr. med.",),
        institutions=("St. Josefs-Hospital Musterstadt",), addresses=("Am Mühlbach 3, 88250 Weingarten",)),
    "P52": PatientPhi(
        "P52", patient_ids=("PA-0098812",), names=("Yilmaz^Ayse",), birth_dates=("19330215",),
        accessions=("KB2405060031",), physicians=("Nguyen^Thi Lan^^Dr.",),
        institutions=("Kreisklinik Bad Waldsee",), addresses=("Eichendorffstraße 41, 88339 Bad Waldsee",)),
    "P53": PatientPhi(
        "P53", patient_ids=("00482913",), names=("O'Connor^Margaret^Ann",), birth_dates=("19470922",),
        accessions=("E2403141123",), physicians=("Patel^Rajesh^^MD",),
        institutions=("Riverside General Hospital",), addresses=("1420 Maple Avenue, Springfield, IL 62704",)),
    "P54": PatientPhi(
        "P54", patient_ids=("0003318274",), names=("Wolf^Johanna",), birth_dates=("19880130",),
        accessions=("CT-24-118273",), physicians=("Koch^Martin^^Prof. Dr. med.",),
        institutions=("Universitätsklinikum Musterstadt",), addresses=("Lange Gasse 17, 72070 Tübingen",)),
}

_DE: list[tuple[str, str | None]] = [
    # 1 P51 CT Thorax
    ("""Patient: [[PERSON:Schröder, Klaus Dieter]]   geb. [[DATE:04.07.1951]]   Pat.-Nr.: [[ID:4711023]]
Auftragsnummer: [[ID:RA24031577]]   Untersuchung: CT Thorax mit KM   Datum: [[DATE:14.03.2024]]
Zuweiser: Dr. med. [[PERSON:Heike Brandt]], Innere Medizin, [[INSTITUTION:St.-Josefs-Hospital Musterstadt]]

Klinische Angaben: Z.n. Oberlappenresektion re. am [[DATE:12.3.2021]] im [[INSTITUTION:Klinikum Musterstadt]] durch Prof. [[PERSON:Xaver Huber]] bei NSCLC. Nachsorge.
Fragestellung: Rezidiv? Filiae?

Technik: Spiral-CT des Thorax nach i.v. Gabe von 80 ml {{Imeron 350}}, axiale Rekonstruktionen 1 mm.

Befund: Vergleich mit CT vom [[DATE:3.2.24]] (extern, Radiologie Dr. [[PERSON:Yildirim]]). Postoperativ verkleinerter rechter Hemithorax. Neu aufgetretener Rundherd im Unterlappen links {{(Serie 4, Bild 123)}}, {{7 mm}}, solide. Keine pathologisch vergrößerten Lymphknoten. Kein Pleuraerguss. Degenerative Veränderungen der BWS mit {{Schmorl-Knötchen}} in {{BWK 8}}.

Beurteilung:
1. Neuer solider Rundherd im linken Unterlappen, {{7 mm}}; Verlaufskontrolle nach {{Fleischner}} in 3 Monaten.
2. Kein Anhalt für Lokalrezidiv.

Befund telefonisch an Dr. [[PERSON:Quast]] (Tel. [[PHONE:3344]]) übermittelt.
diktiert 14:02 / geschrieben 14:20 / MTRA [[PERSON:Zeller]]
Dr. med. [[PERSON:Tobias Reiter]], Facharzt für Radiologie""", "P51"),
    # 2 P51 Abdomen
    ("""PATIENT: [[PERSON:SCHROEDER, KLAUS-DIETER]]  *[[DATE:04.07.1951]]  PID [[ID:4711023]]
Adresse: [[ADDRESS:Am Mühlbach 3, 88250 Weingarten]]
Untersuchung: MRT Abdomen  |  Untersuchungsdatum: [[DATE:02.05.2024]]  |  Fall-Nr. [[ID:88420193]]

Klinische Angaben: Bekannte Leberläsion, CEA-Anstieg. Ehefrau ([[PERSON:Gisela Schröder]]) bittet um Rückruf unter [[PHONE:0751 / 56 23 90]].
Fragestellung: Metastase? Hämangiom?

Technik: MRT 1,5 T, T2 HASTE, DWI, dynamische T1 nach {{Primovist}}.

Befund: Im {{Couinaud}}-{{Segment VII}} eine {{14 mm}} große, T2-hyperintense Läsion mit peripher nodulärer Anreicherung und Irisblendenphänomen. Gallenwege nicht erweitert. {{Riedel-Lappen}} als Normvariante. Nieren: Zyste li. {{Bosniak I}}.

Beurteilung: Typisches Hämangiom in {{Segment VII}}, größenkonstant zur Voruntersuchung vom [[DATE:14.03.2024]]. Kein Anhalt für Metastasen.

Mit freundlichen kollegialen Grüßen
Pat. [[PERSON:Schrödr]] über Befund informiert.
OA Dr. [[PERSON:Lukas Hämmerle]] i.V. für Dr. [[PERSON:Brandt]]
Kopie an: Hausarztpraxis Dr. [[PERSON:Ulrike Fink]], Fax [[PHONE:0751-5567801]]""", "P51"),
    # 3 P52 CT Schädel, 91 Jahre
    ("""Name: [[PERSON:Yılmaz, Ayşe]]          Geburtsdatum: [[DATE:15.02.1933]]
Patienten-ID: [[ID:PA-0098812]]          Auftrag: [[ID:KB2405060031]]
Station: Geriatrie 2, [[INSTITUTION:Kreisklinik Bad Waldsee]]
Untersuchung: CCT nativ vom [[DATE:06.05.2024]], 03:41 Uhr

Klinische Angaben: [[AGE:91]]-jährige Patientin, Sturz aus dem Bett, unter Apixaban. Sohn Herr [[PERSON:Mehmet Yılmaz]] (Betreuer) ist informiert.
Fragestellung: ICB? Fraktur?

Technik: Native CT des Neurokraniums, Knochen- und Weichteilfenster.

Befund: Keine intrakranielle Blutung. Ausgeprägte Marklagerhypodensitäten, {{Fazekas Grad 2}}. Erweiterte {{Virchow-Robin-Räume}} der Stammganglien. Globale Atrophie, {{Evans-Index 0,31}}. Keine Kalottenfraktur. Kopfschwartenhämatom re. frontal.

Beurteilung: Kein Anhalt für eine intrakranielle Blutung oder Fraktur. Mikroangiopathie {{Fazekas Grad 2}}.

Nachts telefonisch an Stationsärztin Dr. [[PERSON:Nguyen]] (Piepser [[PHONE:4471]]) um 03:55 Uhr.
Dienstarzt: [[PERSON:A. Petrović]], Assistenzarzt / Freigabe: OÄ Dr. [[PERSON:Carola Weißgerber]]""", "P52"),
    # 4 P52 Röntgen Hüfte
    ("""Pat.: [[PERSON:Yilmaz]], [[PERSON:Ayse]] (w), *[[DATE:15.2.1933]], [[AGE:91]] J.
Wohnort: [[ADDRESS:Eichendorffstr. 41, 88339 Bad Waldsee]]
Röntgen Becken ap + Hüfte li. axial, [[DATE:07.05.2024]]; Anforderung: Dr. [[PERSON:Thi Lan Nguyen]]

Fragestellung: Schmerzen Hüfte li. nach Sturz ([[DATE:05.05.]]), Schenkelhalsfraktur?

Befund: Dislozierte mediale Schenkelhalsfraktur li., {{Garden III}}, {{Pauwels II}}. Coxarthrose bds. {{Kellgren-Lawrence Grad III}}. Osteopenie. Z.n. Hüft-TEP re. ([[DATE:2019-11-04]], [[INSTITUTION:Oberschwabenklinik Ravensburg]]), regelrechter Sitz.

Beurteilung: Mediale Schenkelhalsfraktur links {{Garden III}}. Unfallchirurgische Vorstellung empfohlen.

Befund vorab per Telefon an den Unfallchirurgen Dr. [[PERSON:Baumgärtner]], Durchwahl [[PHONE:-2215]].
gez. [[PERSON:M. Ostrowski]], FA Radiologie — elektronisch freigegeben [[DATE:07.05.2024]] 10:12""", "P52"),
    # 5 P54 MRT Knie
    ("""Patientin: [[PERSON:Johanna Wolf]], geb. am [[DATE:30.01.1988]]
Pat-ID [[ID:0003318274]] / Auftrags-Nr. [[ID:CT-24-118273]]
Überweisung: Prof. Dr. med. [[PERSON:M. Koch]], Orthopädie, [[INSTITUTION:Universitätsklinikum Musterstadt]]
MRT des rechten Kniegelenks am [[DATE:19.06.2024]]

Klinische Angaben: Verdrehtrauma beim Handball am [[DATE:2.6.2024]]. Instabilitätsgefühl.
Fragestellung: VKB-Ruptur? Meniskusläsion?

Technik: 3 T, PD fs in drei Ebenen, T1 cor, T2 sag.

Befund: Komplette Ruptur des vorderen Kreuzbandes. {{Segond-Fraktur}} am lateralen Tibiaplateau. Bone bruise lateraler Femurkondylus. Korbhenkelriss des Innenmeniskus. Kleine {{Baker-Zyste}} {{(Serie 5, Bild 17)}}. {{Hoffa-Fettkörper}} unauffällig. Knorpel retropatellar {{Outerbridge Grad II}}.

Beurteilung:
1. VKB-Ruptur mit {{Segond-Fraktur}}.
2. Korbhenkelriss Innenmeniskus.

Frau [[PERSON:Wolf]] wünscht Befundkopie an ihre Adresse: [[ADDRESS:Lange Gasse 17, 72070 Tübingen]].
Dr. [[PERSON:Jan-Philipp Hofstetter]] / Dr. [[PERSON:Fuchs]]
diktiert: [[DATE:19.06.2024]] 16:45, geschrieben: [[DATE:20.06.2024]] 08:10 ([[PERSON:ks]])""", "P54"),
    # 6 P54 CT Abdomen
    ("""[[PERSON:WOLF JOHANNA]]  [[DATE:30.01.1988]]  [[ID:0003318274]]
CT Abdomen/Becken mit KM  -  [[DATE:11.09.2024]]  -  [[INSTITUTION:Uniklinikum Musterstadt]], Klinik für Radiologie

Klinische Angaben: Rechtsseitige Unterbauchschmerzen seit gestern, CRP 85. Partner ([[PERSON:Sebastian Krüger]]) begleitet.
Fragestellung: Appendizitis? Ovarialtorsion?

Technik: Portalvenöse Phase, 100 ml {{Ultravist 370}}.

Befund: Appendix auf {{11 mm}} aufgeweitet mit Appendikolith und periappendizitischer Imbibierung. Kein freies Gas. Freie Flüssigkeit im {{Douglas-Raum}}. Ovarien unauffällig. {{Meckel-Divertikel}} nicht abgrenzbar. Niere re. mit {{Bosniak II}}-Zyste.

Beurteilung: Akute Appendizitis ohne Perforation.

Ergebnis um 22:35 telefonisch an Chirurgie, Dr. [[PERSON:Lindqvist]], Tel. [[PHONE:+49 7071 29-86011]].
Befundender Arzt: Prof. Dr. med. [[PERSON:Martin Koch]]""", "P54"),
    # 7
    ("""Patient: [[PERSON:Kowalczyk, Jerzy]]   geb.: [[DATE:17.11.1944]]   PID: [[ID:55120938]]
Untersuchung: MRT LWS nativ   Datum: [[DATE:08.01.2024]]   Zuweiser: Dr. [[PERSON:Stefan Beck]], Allgemeinmedizin, [[ADDRESS:Gartenstr. 5, 72764 Reutlingen]]

Klinische Angaben: Lumboischialgie li. seit 6 Wochen, Z.n. Nukleotomie L4/5 2015? (laut Pat. im [[INSTITUTION:Kreiskrankenhaus Freudenstadt]]).
Fragestellung: Rezidivprolaps? Spinalkanalstenose?

Technik: T2 sag/tra, T1 sag, STIR sag.

Befund: Osteochondrose {{LWK 4/5}} mit {{Modic-Typ-I}}-Veränderungen. Mediolateraler Rezidivprolaps li. {{L4/5}} mit Kompression der Nervenwurzel {{L5}} li. {{Baastrup-Phänomen}} {{L3-L5}}. Pseudospondylolisthesis {{LWK 4}} {{Meyerding Grad I}}. Conus in Höhe {{LWK 1}}.

Beurteilung: Rezidivprolaps {{L4/5}} li. mit Wurzelkompression {{L5}} li.

Dr. med. [[PERSON:R. Albrecht]]
diktiert: [[PERSON:RA]] [[DATE:08.01.2024]] / geschrieben: [[PERSON:MK]] [[DATE:09.01.2024]]""", None),
    # 8
    ("""Radiologische Gemeinschaftspraxis [[INSTITUTION:Radiologie am Schlossberg]] · [[ADDRESS:Schlossbergstraße 12, 79098 Freiburg]] · Tel. [[PHONE:0761 / 38 20 40]]

Sehr geehrte Frau Kollegin Dr. [[PERSON:Seidel-Brückner]],
vielen Dank für die Überweisung Ihrer Patientin Frau [[PERSON:Renate Hahn]], geb. [[DATE:22.08.1962]], die wir am [[DATE:27.02.2024]] untersuchten.

Mammographie bds. in zwei Ebenen und Mammasonographie
Indikation: Tastbefund re. oben außen. Familienanamnese: Schwester ([[PERSON:Helga]]) mit Mammakarzinom mit 44 J.

Befund: Drüsenkörper {{ACR C}}. Re. oben außen {{12 mm}} große, unscharf begrenzte Verdichtung mit Mikrokalk. Sonographisch korrespondierende echoarme Läsion, {{11 x 9 mm}}, nicht parallel orientiert. Axilla re. unauffällig. Links kein Herdbefund.

Beurteilung: Re. {{BI-RADS 4b}}; li. {{BI-RADS 1}}. Stanzbiopsie empfohlen, Termin am [[DATE:04.03.2024]] vereinbart.

Mit freundlichen Grüßen
Dr. med. [[PERSON:Petra Lang]]                    Dr. med. [[PERSON:Ömer Aydın]]""", None),
    # 9
    ("""Name, Vorname: [[PERSON:Becker, Friedrich]]      Geb.-Dat.: [[DATE:03.03.1939]]
Fallnummer: [[ID:240117-0442]]     Aufnahme: [[DATE:17.01.2024]]     Einsender: ZNA
Untersuchung: CT-Angiographie Kopf/Hals, CT-Perfusion

Klinische Angaben: Aphasie und Hemiparese re. seit 08:15 Uhr, last seen well 07:50. NIHSS 14. Tochter Frau [[PERSON:Martina Becker-Roos]] Tel. [[PHONE:0170 5523918]].
Fragestellung: Gefäßverschluss? Lyse/Thrombektomie?

Technik: Natives CCT, CTA Aortenbogen bis Vertex, Perfusion 80 mm.

Befund: Frühe Infarktzeichen im Mediastromgebiet li., {{ASPECTS 8}}. Verschluss der A. cerebri media li. im {{M1-Segment}}. Perfusionsdefizit mit großem Mismatch. Abgangsstenose ACI li. ca. 60 % nach {{NASCET}}. {{Circulus Willisii}} vollständig.

Beurteilung: {{M1-Verschluss}} li. mit Penumbra, {{ASPECTS 8}}. Thrombektomie-Kandidat.

08:52 Uhr mündlich an Neurologie (OA [[PERSON:Hartmann]], Stroke-Unit, Tel. [[PHONE:5120]]) übermittelt.
[[PERSON:Kr]]./[[PERSON:Se]]. — Dr. [[PERSON:Vogel]], Neuroradiologie, [[INSTITUTION:Klinikum am Steinenberg]]""", None),
    # 10
    ("""Patient:        [[PERSON:Nguyen Van Minh]]
Geburtsdatum:   [[DATE:1955-06-30]]
Patientennr.:   [[ID:P-0007713]]
Untersuchung:   PET/CT Ganzkörper (18F-FDG), [[DATE:21.11.2023]]
Zuweiser:       Onkologische Schwerpunktpraxis Dr. [[PERSON:Kaiser]] & Kollegen

Klinische Angaben: {{Hodgkin-Lymphom}}, Stadium IIA, nach 2 Zyklen ABVD. Interim-Staging.

Technik: 3,5 MBq/kg FDG, Aufnahme nach 60 min, Low-dose-CT.

Befund: Rückläufige Lymphome zervikal re., SUVmax 2,1 (Vorbefund vom [[DATE:12.09.2023]]: 9,8). {{Deauville 2}}. Keine neuen Herde. Milz nicht vergrößert. Knochenmark homogen.

Beurteilung: Komplette metabolische Remission, {{Deauville 2}}.

Dr. med. [[PERSON:Irina Sokolova]] (Nuklearmedizin) / Dr. [[PERSON:Weiß]] (Radiologie)
Befund an [[EMAIL:praxis.kaiser@onko-musterstadt.de]] versandt.""", None),
    # 11
    ("""Patient: [[PERSON:Fischer, Gerhard]] *[[DATE:12.12.1949]] — Versichertennr. [[ID:A123456789]]
Untersuchung: Röntgen Thorax p.a. und seitlich am [[DATE:5.2.2024]]

Fragestellung: Pneumonie? Stauung? Z.n. Aortenklappenersatz [[DATE:03/2022]] ([[INSTITUTION:Herzzentrum Bad Krozingen]]).

Befund: Kardiomegalie. Zentrale Stauung mit {{Kerley-B-Linien}}. Kleine Pleuraergüsse bds. Sternalcerclagen und Klappenprothese regelrecht. Kein pneumonisches Infiltrat. Schrittmachersonden re. Ventrikel.

Beurteilung: Kardiale Dekompensation mit interstitiellem Lungenödem.

Dr. [[PERSON:Sommer]]
diktiert 11:20 / geschrieben 11:32 / MTRA [[PERSON:Jovanović]]""", None),
    # 12
    ("""Patientin: Frau [[PERSON:Lea Marie Schwarz]], geb. [[DATE:09.04.2001]], ID [[ID:90331877]]
MRT Schädel mit KM, [[DATE:23.04.2024]], Anforderung: Neurologie, Prof. Dr. [[PERSON:Bianchi]]

Klinische Angaben: Sehstörung re. seit einer Woche. V.a. Retrobulbärneuritis. Mutter mit MS.
Fragestellung: Entzündliche ZNS-Erkrankung?

Technik: 3 T, FLAIR 3D, T2, DWI, T1 MPRAGE vor und nach {{Gadovist}}.

Befund: Multiple periventrikuläre, juxtakortikale und infratentorielle T2-Läsionen, ovoid, senkrecht zu den Ventrikeln ({{Dawson-Finger}}). Eine Läsion mit KM-Aufnahme (Serie 11, Bild 88). Balken mitbetroffen. Kein Anhalt für {{Chiari-I-Malformation}}.

Beurteilung: Befundkonstellation vereinbar mit Multipler Sklerose, räumliche und zeitliche Dissemination nach {{McDonald-Kriterien}} erfüllt.

OA Dr. [[PERSON:Grünewald]] / Ass.-Ärztin [[PERSON:Schmitt]]
Kopie an Augenklinik, Dr. [[PERSON:Kaya]], Fax [[PHONE:07071-29-5038]]""", None),
    # 13
    ("""Pat.: [[PERSON:Al-Hashimi, Karim]]  geb. [[DATE:01.01.1978]]  Fall [[ID:2024-004817]]
Sonographie Abdomen, [[DATE:13.02.2024]]
Klinische Angaben: Rechtsoberbauchschmerz, Fieber. Fragestellung: Cholezystitis?
Technik: Konvexschallkopf 3,5 MHz.
Befund: Gallenblase wandverdickt ({{5 mm}}), Konkrement im Infundibulum, positives sonographisches {{Murphy-Zeichen}}. DHC {{6 mm}}, kein {{Mirizzi-Syndrom}}. Leber mit {{Riedel-Lappen}}.
Beurteilung: Akute kalkulöse Cholezystitis.
Untersucher: Dr. [[PERSON:Berg]]; Befund an Chirurgie (Dr. [[PERSON:Olszewski]], [[PHONE:2290]]) 10:40""", None),
    # 14
    ("""[[INSTITUTION:MVZ Radiologie Nordstadt]] | [[ADDRESS:Hannoversche Str. 88, 30175 Hannover]]
Patient: [[PERSON:Jung, Tim]] | geb. [[DATE:30.10.1995]] | Auftragsnr. [[ID:N-77120-24]]
MRT rechte Schulter, [[DATE:15. März 2024]]
Fragestellung: Z.n. Schulterluxation re. beim Klettern am [[DATE:28. Februar 2024]], Labrumläsion?
Technik: 1,5 T, PD fs cor/sag/tra, T1 cor.
Befund: {{Hill-Sachs-Delle}} am posterolateralen Humeruskopf. Anteroinferiore Labrumablösung ({{Bankart-Läsion}}). Kein knöchernes Bankart. Supraspinatussehne intakt. {{SLAP}}-Läsion Typ II.
Beurteilung: Z.n. vorderer Luxation mit {{Hill-Sachs-Delle}} und {{Bankart-Läsion}}.
Dr. [[PERSON:Christoph Winter]], Facharzt für Radiologie""", None),
    # 15
    ("""PATIENTIN: [[PERSON:KLEIN, MARIA-THERESIA]]   GEB.: [[DATE:24.12.1930]]   ALTER: [[AGE:93]]
Untersuchung: CT Abdomen nativ   Datum: [[DATE:29.12.2023]]   Pflegeheim [[INSTITUTION:Haus Abendfrieden]], Zi. 12
Klinische Angaben: [[AGE:93]] J., Erbrechen, Subileus? Z.n. Hemikolektomie re. (1998, Prof. [[PERSON:Lindemann]]).
Befund: Dünndarmschlingen bis {{35 mm}} dilatiert mit Kalibersprung im Unterbauch li. Kein freies Gas. Ausgedehnte Divertikulose. {{Bochdalek-Hernie}} li. Aortensklerose.
Beurteilung: Mechanischer Dünndarmileus bei V.a. Bride.
Befund tel. an Heimärztin Frau Dr. [[PERSON:Özdemir]], [[PHONE:0711 / 8 89 12-0]], 17:05. Angehörige (Nichte Frau [[PERSON:Roth]]) informiert.
Dr. [[PERSON:Stein]] / MTRA [[PERSON:B. Hoang]]""", None),
    # 16
    ("""Patient: [[PERSON:Markus Vogt]]  geb. [[DATE:11.05.1968]]  PID [[ID:7788120]]  Acc. [[ID:RAD-2024-55103]]
CT Thorax-Abdomen-Becken mit KM vom [[DATE:02.04.2024]]
Klinische Angaben: Kolonkarzinom (pT3 pN1), Z.n. Sigmaresektion am [[DATE:14.11.2023]] im [[INSTITUTION:Marienhospital Stuttgart]] (Dr. [[PERSON:Kühn]]). Adjuvante Chemo abgeschlossen.
Fragestellung: Staging, Rezidiv?
Befund: Im Vergleich zur VU vom [[DATE:10.01.2024]]: neue hypodense Leberläsion {{Segment IVa}} ({{9 mm}}, Serie 3/Bild 62). Lunge ohne Herde. Anastomose reizlos. Kein Aszites. Nebenniere li. Adenom (10 HE).
Beurteilung: Neue Leberläsion {{Segment IVa}}, metastasensuspekt; MRT mit {{Primovist}} empfohlen.
Freigegeben von PD Dr. med. [[PERSON:Annette Voß-Lehmann]] am [[DATE:02.04.2024]] 15:48""", None),
    # 17
    ("""Name: [[PERSON:Dąbrowski, Piotr]]; Geb.: [[DATE:7.9.1983]]; Aufnahme-Nr.: [[ID:A24-01933]]
Röntgen OSG re. in 2 Ebenen, [[DATE:18.08.2024]] 23:12
Klinische Angaben: Supinationstrauma beim Fußball. Fragestellung: Fraktur?
Befund: Schräge Fraktur der distalen Fibula in Höhe der Syndesmose, {{Weber-B-Fraktur}}. Keine Innenknöchelfraktur. Sprunggelenk kongruent. Kein Anhalt für {{Maisonneuve-Fraktur}} (proximale Fibula miterfasst). {{Os trigonum}}.
Beurteilung: {{Weber-B-Fraktur}} re., nicht disloziert.
Nachtdienst: [[PERSON:Lukas Brenner]] (Assistenzarzt); vidiert: OA Dr. [[PERSON:Frank]]""", None),
    # 18
    ("""Patientin: [[PERSON:Heidrun Groß]]  geb. [[DATE:02.02.1958]]  Pat.-Nr. [[ID:3301987]]
MRT weibliches Becken, [[DATE:06.06.2024]]
Klinische Angaben: Postmenopausenblutung, sonographisch Endometrium {{14 mm}}. Z.n. Sectio 1989.
Befund: Endometrium verdickt, Infiltration < 50 % des Myometriums. Zervixstroma frei. Adnexe: Zyste li. {{O-RADS 2}}. Keine pelvinen Lymphknoten. {{Douglas-Raum}} frei.
Beurteilung: Endometriumkarzinom, bildmorphologisch {{FIGO IA}}.
Tumorkonferenz am [[DATE:12.06.2024]] angemeldet (Koordination Fr. [[PERSON:Engel]], [[EMAIL:tumorkonferenz@klinikum-musterstadt.de]]).
Dr. [[PERSON:S. Marquardt]]""", None),
    # 19
    ("""Patient: [[PERSON:Rossi, Giuseppe]], geb. [[DATE:19.03.1947]], PID [[ID:118822]]
MRT Prostata multiparametrisch, [[DATE:25.01.2024]]; Zuweiser: Urologie Dr. [[PERSON:Hauser]], [[ADDRESS:Marktplatz 4, 73728 Esslingen]]
Klinische Angaben: PSA 8,4 ng/ml, Z.n. negativer Stanzbiopsie ([[DATE:Okt. 2022]]).
Technik: 3 T, T2 tra/cor/sag, DWI b 1400, DCE.
Befund: Prostatavolumen 52 ml. Läsion in der peripheren Zone li. apikal posterolateral, {{13 mm}}, ADC 650, {{PI-RADS 4}}. Kapsel intakt. Samenblasen frei. Keine suspekten Lymphknoten.
Beurteilung: {{PI-RADS 4}}-Läsion li. apikal; MRT-gestützte Fusionsbiopsie empfohlen.
Dr. [[PERSON:Konstantin Meier]] | diktiert [[DATE:25.01.24]] 12:14 | geschrieben [[DATE:25.01.24]] 13:01 | [[PERSON:gk]]""", None),
    # 20
    ("""Patient: [[PERSON:Hans-Peter Link]]
Geburtsdatum: [[DATE:14.08.1952]]     Aufnahmenummer: [[ID:4002918833]]
Untersuchung: CT Thorax Lungenembolie-Protokoll, [[DATE:09.03.2024]] 02:17
Klinische Angaben: Dyspnoe, D-Dimer positiv, Z.n. Knie-TEP li. vor 10 Tagen ([[INSTITUTION:Sana Klinik Bad Wildbad]]).
Befund: Zentrale Lungenembolie bds. mit Reitembolus. RV/LV-Quotient 1,3. {{Westermark-Zeichen}} nicht sicher. Keilförmige Verdichtung im Unterlappen re. ({{Hampton-Hump}}). Pleuraerguss re. gering.
Beurteilung: Zentrale Lungenembolie bds. mit Rechtsherzbelastung.
Sofort telefonisch an Intensivstation (Dr. [[PERSON:Morgenstern]], Tel. [[PHONE:6602]]) 02:31.
Dr. [[PERSON:Adebayo]]""", None),
    # 21
    ("""Pat.: [[PERSON:Braun]], [[PERSON:Elisabeth]] — *[[DATE:6.1.1936]] — Zi. 214
Durchleuchtung Ösophagus-Breischluck, [[DATE:14.05.2024]]
Klinische Angaben: Dysphagie, Regurgitation unverdauter Speisen, Halitosis.
Befund: Kontrastmittelgefülltes Divertikel an der Hinterwand des Hypopharynx, {{3 cm}}, vereinbar mit {{Zenker-Divertikel}}. Distal {{Schatzki-Ring}}. Keine Aspiration. Kein Reflux.
Beurteilung: {{Zenker-Divertikel}}; {{Schatzki-Ring}}.
Untersuchung: Dr. [[PERSON:Holzapfel]]; Tochter Frau [[PERSON:Ingrid Brandl-Braun]] wurde auf Wunsch der Pat. informiert.""", None),
    # 22
    ("""Name: [[PERSON:Şahin, Emre]]   Geb.: [[DATE:21.07.2010]]   Kinderklinik, Station K3
Röntgen Ellenbogen li. 2 Ebenen, [[DATE:03.07.2024]]
Klinische Angaben: Sturz vom Trampolin. Fragestellung: Fraktur? Vater (Herr [[PERSON:Şahin]], Tel. [[PHONE:0157-33120985]]) wartet.
Befund: Suprakondyläre Humerusfraktur, {{Gartland Typ II}}. Positives Fettpolsterzeichen. Vordere Humeruslinie schneidet Capitulum nicht mittig. Apophysen altersentsprechend.
Beurteilung: Suprakondyläre Humerusfraktur {{Gartland Typ II}}.
Befund: Dr. [[PERSON:Huber-Neumann]], Kinderradiologie, [[INSTITUTION:Olgahospital]]""", None),
    # 23
    ("""Patient: [[PERSON:Weber, Dieter]] | geb. [[DATE:15.06.1940]] | PID [[ID:220934]] | Acc [[ID:CTX24-0611]]
CT Aorta (Angio) vom [[DATE:11.06.2024]]
Klinische Angaben: Bekanntes BAA, Größenprogredienz? Z.n. EVAR? Nein. Betreut durch Sohn [[PERSON:Thomas Weber]].
Befund: Infrarenales Aortenaneurysma, max. Durchmesser {{58 mm}} (VU [[DATE:12/2023]]: 52 mm). Wandständiger Thrombus. Iliakalarterien ektatisch. Keine Dissektion, kein {{Leriche-Syndrom}}. {{Nussknacker-Phänomen}} der li. Nierenvene.
Beurteilung: Progredientes infrarenales BAA, {{58 mm}}; gefäßchirurgische Vorstellung.
Befund an Gefäßchirurgie, Prof. [[PERSON:Lambrecht]] (Sekretariat [[PHONE:0621-383-2211]]).
Dr. [[PERSON:Felix Ahrens]] / MTRA [[PERSON:Nowak]]""", None),
    # 24
    ("""Patientin: [[PERSON:Anna-Lena Hoffmann]], geboren am [[DATE:4. Oktober 1990]]
Ambulante MRT HWS, [[DATE:8. Mai 2024]]; Zuweiser: Dr. med. [[PERSON:B. Krause]], Neurologie, [[ADDRESS:Bahnhofstraße 21, 89073 Ulm]]
Klinische Angaben: Nackenschmerzen, Parästhesien Dig. I-III re.
Befund: Bandscheibenprotrusion {{HWK 5/6}} mit Einengung des Neuroforamens re. Osteochondrose {{HWK 6/7}}. Myelon ohne Signalalteration. {{Atlas}} und {{Dens}} unauffällig.
Beurteilung: Foraminale Enge {{C5/6}} re., passend zur Klinik (C6).
Befundübermittlung an [[EMAIL:b.krause@neuro-ulm.de]].
Dr. [[PERSON:Mustafa Çelik]]""", None),
    # 25
    ("""Klinik für Diagnostische und Interventionelle Radiologie, [[INSTITUTION:Städtisches Klinikum Karlsruhe]]
Patient: [[PERSON:Hermann Schulze-Wendt]], *[[DATE:29.02.1944]]; Pat.-ID [[ID:KA-991203]]
Intervention: CT-gesteuerte Lungenbiopsie, [[DATE:16.04.2024]]
Klinische Angaben: Raumforderung Oberlappen li., {{Pancoast-Tumor}}? Aufklärung erfolgte am Vortag durch Dr. [[PERSON:Jäger]].
Technik: Koaxial 17G/18G, 4 Zylinder.
Befund: Komplikationslose Punktion der {{41 mm}} großen apikalen Raumforderung li. Kein Pneumothorax in der Kontrolle. {{Horner-Syndrom}} klinisch bekannt.
Beurteilung: Erfolgreiche Biopsie; Histologie an Pathologie (Institut für Pathologie Prof. Dr. [[PERSON:Renz]]).
Dr. [[PERSON:Jäger]] / Assistenz [[PERSON:T. Marinović]]""", None),
    # 26
    ("""Patient: [[PERSON:Zimmermann, Otto]]   geb.: [[DATE:03.11.1929]]   ([[AGE:94]] J.)
Röntgen Thorax liegend, Intensivstation, [[DATE:1.3.2024]], 06:00
Klinische Angaben: Beatmet, ZVK-Neuanlage li. jugulär. Lagekontrolle.
Befund: ZVK über V. jugularis int. li., Spitze Projektion auf die V. cava superior. Kein Pneumothorax. Tubusspitze {{4 cm}} oberhalb der Carina. Magensonde subdiaphragmal. Dystelektasen basal bds.
Beurteilung: Regelrechte Lage von ZVK, Tubus und Magensonde. Kein Pneumothorax.
Dr. [[PERSON:Lemke]]; Stationsarzt informiert (Dr. [[PERSON:Nakamura]]).""", None),
    # 27
    ("""Patientin: [[PERSON:Fatma Demir]]; Geb.-Datum: [[DATE:12.06.1975]]; Pat.-Nr.: [[ID:12-009-5531]]
MRT Leber mit {{Primovist}} am [[DATE:22.02.2024]]
Klinische Angaben: Leberzirrhose {{Child-Pugh B}} bei Hepatitis C. Im Ultraschall Herd {{Segment VIII}}.
Befund: {{22 mm}} große Läsion in {{Segment VIII}} mit arterieller Hyperenhancement, Wash-out und Kapsel, {{LI-RADS 5}}. Splenomegalie. Aszites gering. Pfortader offen, kein {{Budd-Chiari-Syndrom}}.
Beurteilung: HCC in {{Segment VIII}} ({{LI-RADS 5}}), {{BCLC A}}.
Vorstellung Tumorboard Leber, Ansprechpartner OA Dr. [[PERSON:Schuster]] ([[PHONE:0711-278-35301]]).
Dr. [[PERSON:Khalil]] — vidiert Prof. Dr. [[PERSON:Engelhardt]]""", None),
    # 28
    ("""Name: [[PERSON:Peter Koch]]  geb. [[DATE:19.9.1961]]  Fall-Nr.: [[ID:F2024-118]]
CT Nasennebenhöhlen nativ, [[DATE:30.10.2024]]
Klinische Angaben: Chronische Sinusitis, präoperativ (FESS am [[DATE:11.11.2024]] bei Dr. [[PERSON:Ramadani]], HNO).
Befund: Verschattung der Kieferhöhlen bds. und der vorderen Siebbeinzellen. Ostiomeataler Komplex bds. verlegt. {{Concha bullosa}} re. Septumdeviation nach li. {{Onodi-Zelle}} li. {{Keros Typ II}}.
Beurteilung: Chronische Pansinusitis; {{Onodi-Zelle}} li. und {{Keros Typ II}} präoperativ beachten.
Dr. [[PERSON:Bauer]]""", None),
    # 29
    ("""Patient: [[PERSON:Dmitri Iwanow]], geb. [[DATE:23.02.1958]], Pat.-ID [[ID:7712004]]
PET/CT PSMA ([[DATE:13.03.2024]]); Zuweiser: [[INSTITUTION:Urologische Gemeinschaftspraxis Mannheim-Nord]]
Klinische Angaben: Prostatakarzinom {{Gleason 4+3}}, Z.n. radikaler Prostatektomie [[DATE:06/2021]], biochemisches Rezidiv (PSA 0,6).
Befund: PSMA-positiver Lymphknoten iliakal intern li., {{7 mm}}, SUVmax 11. Prostataloge frei. Keine ossären Läsionen. {{miTNM}}: {{miN1}}.
Beurteilung: Singuläre Lymphknotenmetastase iliakal li.
Dr. med. [[PERSON:Gabriele Wirth]], Nuklearmedizin / Dr. [[PERSON:Lorenz]], Radiologie""", None),
    # 30
    ("""PATIENT: [[PERSON:MÜLLER-LÜDENSCHEIDT, WALTRAUD]]  GEB. [[DATE:11.11.1951]]  PAT-NR [[ID:0815-4711]]
UNTERSUCHUNG: MRT BWS/LWS MIT KM  DATUM: [[DATE:04.04.2024]]
Klinische Angaben: Mammakarzinom, neu Rückenschmerzen. Fragestellung: ossäre Filiae?
Befund: Multiple T1-hypointense Herde in {{BWK 7}}, {{BWK 11}} und {{LWK 2}}, KM-aufnehmend. Pathologische Fraktur {{BWK 11}} ohne Hinterkantenbeteiligung. Spinalkanal frei. {{Schmorl-Knötchen}} {{LWK 3}} (vorbekannt). Hämangiom {{BWK 9}}.
Beurteilung: Ossäre Metastasierung ({{BWK 7}}, {{BWK 11}}, {{LWK 2}}); pathologische Fraktur {{BWK 11}}, stabil.
Tel. an Onkologie (Fr. Dr. [[PERSON:Petersen]], [[PHONE:3371]]) übermittelt.
Dr. [[PERSON:Szymański]] — geschrieben von [[PERSON:Heike]] am [[DATE:05.04.2024]]""", None),
    # 31
    ("""Patient: [[PERSON:Leon Schubert]]  geb. [[DATE:02.09.2016]]  Kinderradiologie, [[INSTITUTION:Dr. von Haunersches Kinderspital]]
Sonographie Abdomen, [[DATE:07.10.2024]]
Klinische Angaben: Tastbare Raumforderung li. Flanke, Mutter (Frau [[PERSON:Schubert]]) bemerkte Umfangszunahme.
Befund: {{8 cm}} große, inhomogene solide Raumforderung der li. Niere mit Claw-Sign. Nierenvene li. offen. Kein Aszites. Gegenseite unauffällig. DD {{Wilms-Tumor}}, Neuroblastom weniger wahrscheinlich.
Beurteilung: Renale Raumforderung li., V.a. {{Wilms-Tumor}} (Nephroblastom). MRT empfohlen.
Dr. [[PERSON:Henrike Matthiesen]], Kinderradiologie""", None),
    # 32
    ("""Patient: [[PERSON:Wojciech Lewandowski]] / geb. [[DATE:14.4.1970]] / PID [[ID:66301245]]
CT Becken und LWS nach Verkehrsunfall, [[DATE:21.07.2024]] 19:44 (Schockraum)
Klinische Angaben: PKW-Unfall auf der B 30 bei [[ADDRESS:Biberach]], Polytrauma. Notarzt Dr. [[PERSON:Eberle]].
Befund: {{Chance-Fraktur}} {{LWK 1}} mit Distraktion der hinteren Säule. Beckenringfraktur {{AO 61-B2}}. Keine aktive Blutung. Milz intakt, {{AAST}} Grad 0.
Beurteilung: Instabile {{Chance-Fraktur}} {{LWK 1}}; Beckenringfraktur {{AO 61-B2}}.
Mündlich im Schockraum an Unfallchirurgie (OA [[PERSON:Lehner]]) 19:58.
Dr. [[PERSON:Kaminski]] / Dr. [[PERSON:Reuter]]""", None),
    # 33
    ("""Patientin: [[PERSON:Chiara Esposito]], geb. [[DATE:23.05.1986]], Pat.-Nr. [[ID:500312]]
MRT Hand re. mit KM, [[DATE:18.01.2024]]
Klinische Angaben: Schmerzen radialseitig nach Sturz auf die ausgestreckte Hand vor 3 Monaten. Fragestellung: okkulte Fraktur? {{Kienböck}}?
Befund: Nicht konsolidierte Skaphoidfraktur im mittleren Drittel, proximaler Pol mit vermindertem Enhancement. Os lunatum regelrecht, kein Anhalt für {{Morbus Kienböck}}. {{Stener-Läsion}} nicht vorliegend. TFCC intakt.
Beurteilung: Skaphoidpseudarthrose mit V.a. beginnende Nekrose des proximalen Pols.
Dr. [[PERSON:Rainer Haas]], [[INSTITUTION:BG Klinik Ludwigshafen]]""", None),
    # 34
    ("""Patient: [[PERSON:Ahmad Rahimi]]   geb. [[DATE:01.07.1992]]   Aufnahme-Nr. [[ID:2024-18837]]
Röntgen Thorax pa, [[DATE:26.09.2024]]; Anforderung: [[INSTITUTION:Gesundheitsamt Stuttgart]]
Klinische Angaben: Tbc-Screening (Erstaufnahme). Dolmetscher Herr [[PERSON:Karimi]] anwesend.
Befund: Kein Infiltrat. Keine Kavernen. Kein Pleuraerguss. Hili normal. {{Azygoslappen}} als Normvariante. Herz normal groß.
Beurteilung: Kein Anhalt für eine aktive Lungentuberkulose.
Dr. [[PERSON:Schwab]]""", None),
    # 35
    ("""Patient: [[PERSON:Gottfried Wagner]], geb. [[DATE:08.08.1948]], PID [[ID:3119772]]
Koronar-CT, [[DATE:17.05.2024]], Zuweiser Kardiologie Dr. [[PERSON:Ulrich Pfeiffer]], [[ADDRESS:Kaiserstraße 110, 76133 Karlsruhe]]
Klinische Angaben: Atypische Angina pectoris, intermediäre Vortestwahrscheinlichkeit.
Technik: Prospektiv EKG-getriggert, 60 ml KM, Betablocker 5 mg.
Befund: {{Agatston-Score 412}}. RIVA proximal gemischte Plaque mit 50–69 % Stenose. RCX und RCA ohne relevante Stenose. Myokardbrücke RIVA. {{CAD-RADS 3}}.
Beurteilung: {{CAD-RADS 3}}, funktionelle Abklärung empfohlen.
Dr. [[PERSON:Lindner]] / Prof. [[PERSON:Greulich]]""", None),
    # 36
    ("""Name: [[PERSON:Vogel, Sieglinde]]   geb. [[DATE:16.03.1934]]   Alter: [[AGE:90]] Jahre
CT Schädel nativ, [[DATE:02.05.2024]], Notaufnahme [[INSTITUTION:Ermstalklinik Bad Urach]]
Klinische Angaben: Zunehmende Verwirrtheit, Gangstörung, Harninkontinenz. Hausarzt Dr. [[PERSON:Reinhold Sattler]].
Befund: Erweiterte Seitenventrikel, {{Evans-Index 0,34}}, enge hochkonvexe Sulci, erweiterte Sylvische Fissuren (DESH). Keine Blutung. Alte lakunäre Infarkte Stammganglien li. Kein Hinweis auf {{Creutzfeldt-Jakob}}-typische Veränderungen (MRT wäre sensitiver).
Beurteilung: Befund vereinbar mit Normaldruckhydrozephalus.
Dr. [[PERSON:Wiebke Andresen]]; Kopie an Neurologie (Dr. [[PERSON:Paulsen]], Fax [[PHONE:07125 1588-299]])""", None),
    # 37
    ("""Patient: [[PERSON:Rüdiger Stahl]]   *[[DATE:27.06.1963]]   Fallnr. [[ID:18840021]]   Station 4B
CT Abdomen mit KM, [[DATE:08.02.2024]]
Klinische Angaben: Akute Pankreatitis seit [[DATE:05.02.2024]], Lipase 3200. Alkoholanamnese. Ehefrau [[PERSON:Sabine]] (Tel. [[PHONE:0176 22309184]]) bittet um Information.
Befund: Ödematöses Pankreas mit peripankreatischen Flüssigkeitsansammlungen. Nekrose < 30 %. {{Balthazar E}}, {{CTSI 6}}. Milzvene offen. Gallenblase ohne Konkremente. {{Grey-Turner}}-Zeichen klinisch.
Beurteilung: Nekrotisierende Pankreatitis, {{CTSI 6}}.
Dr. [[PERSON:Kessler]] / Ass. [[PERSON:Daniela Marx]]""", None),
    # 38
    ("""Patientin: [[PERSON:Sophie Krämer]]   geb. [[DATE:15.11.1999]]   ID [[ID:77431]]
Sonographie Schilddrüse, [[DATE:09.09.2024]]; Zuweiser: Hausarztpraxis Dr. [[PERSON:Graf]], [[ADDRESS:Hauptstr. 7, 88400 Biberach an der Riß]]
Klinische Angaben: Tastbarer Knoten li., TSH normal. Schwester mit {{Hashimoto-Thyreoiditis}}.
Befund: Schilddrüsenvolumen 14 ml. Knoten li. Mittellappen {{16 mm}}, solide, hypoechogen, glatt begrenzt, ohne Mikroverkalkungen, {{TI-RADS 4}}. Re. unauffällig. Halslymphknoten reaktiv.
Beurteilung: {{TI-RADS 4}}-Knoten li., Feinnadelpunktion empfohlen.
Dr. [[PERSON:Amelie Brunner]]""", None),
    # 39
    ("""Patient: [[PERSON:Lutz Eichhorn]], geb. [[DATE:03.10.1957]], PID [[ID:9920117]]
MRT Schädel, [[DATE:12.12.2023]]
Klinische Angaben: Kopfschmerzen, Visusminderung. Endokrinologie ([[INSTITUTION:Uniklinik Heidelberg]]): Prolaktin erhöht.
Befund: Intra- und suprasellärer Tumor {{24 x 19 mm}} mit Kompression des {{Chiasma opticum}}, Invasion des Sinus cavernosus re. ({{Knosp 3}}). {{Rathke-Zyste}} nicht abgrenzbar. Hypophysenstiel nach li. verlagert.
Beurteilung: Hypophysenmakroadenom, {{Knosp 3}}.
Dr. [[PERSON:Beate Sauer]] / diktiert: [[DATE:12.12.23]], geschrieben: [[DATE:13.12.23]] / [[PERSON:mh]]""", None),
    # 40
    ("""Patientin: [[PERSON:Ewa Nowicka]]  geb. [[DATE:30.06.1979]]  Pat.-Nr. [[ID:44020918]]
MRT Fuß li., [[DATE:29.08.2024]]; Überweiser: Orthopädie Dr. [[PERSON:Kastner]], [[INSTITUTION:Gelenkzentrum Bodensee]]
Klinische Angaben: Schmerzen Mittelfuß nach Umknicktrauma, Fragestellung {{Lisfranc}}-Verletzung?
Befund: Ruptur des {{Lisfranc-Ligaments}} mit Diastase zwischen Os cuneiforme mediale und Basis Os metatarsale II ({{3 mm}}). {{Morton-Neurom}} Intermetatarsalraum III. {{Haglund-Exostose}} am Kalkaneus. {{Chopart-Gelenk}} unauffällig.
Beurteilung: Ligamentäre {{Lisfranc}}-Verletzung.
Dr. [[PERSON:Ilse Roth]] / Befundkopie per E-Mail an [[EMAIL:kastner@gelenkzentrum-bodensee.de]]""", None),
    # 41
    ("""Patient: [[PERSON:Franz Xaver Huber]]    Geb.: [[DATE:12.1.1942]]    PID: [[ID:10033377]]
CT Thorax nativ (Low-dose), [[DATE:28.03.2024]]
Klinische Angaben: COPD GOLD 3, Lungenkrebsscreening. Raucher 50 pack years. Frau [[PERSON:Huber]] (Ehefrau) begleitet.
Befund: Zentrilobuläres Emphysem oberfeldbetont. Solider Nodulus im Mittellappen {{5 mm}} (Serie 2, Bild 141), {{Lung-RADS 2}}. Koronarsklerose. {{Säbelscheidentrachea}}.
Beurteilung: {{Lung-RADS 2}}; Jahreskontrolle.
Dr. [[PERSON:Anselm Kiefer]] — MTRA: [[PERSON:P. Trần]] — Befunddatum [[DATE:28.03.2024]]""", None),
    # 42
    ("""Patient: [[PERSON:Horst Wendler]], *[[DATE:20.04.1955]], Auftragsnr. [[ID:MR-558301]]
MR-Enterographie, [[DATE:14.01.2024]]
Klinische Angaben: {{Morbus Crohn}} seit 2001, Z.n. Ileozökalresektion am [[DATE:03.05.2018]] ([[INSTITUTION:Krankenhaus Bethanien]], Dr. [[PERSON:Sievers]]).
Befund: Wandverdickung des neoterminalen Ileums über {{12 cm}} mit Diffusionsrestriktion und Comb-Sign. Kurzstreckige Stenose mit prästenotischer Dilatation. Enterokutane Fistel nicht nachweisbar. {{Bauhin-Klappe}} reseziert. Sakroiliitis bds. (DD {{Morbus Bechterew}}).
Beurteilung: Aktiver {{Morbus Crohn}} des neoterminalen Ileums mit Stenose.
Dr. [[PERSON:Yvonne Kühne]]""", None),
]

_EN: list[tuple[str, str | None]] = [
    # 43 P53
    ("""PATIENT: [[PERSON:O'CONNOR, MARGARET A]]     DOB: [[DATE:09/22/1947]]     MRN: [[ID:00482913]]
ACCESSION: [[ID:E2403141123]]     EXAM DATE: [[DATE:03/14/2024]]
ORDERING PHYSICIAN: [[PERSON:Rajesh Patel]], MD     LOCATION: [[INSTITUTION:Riverside General Hospital]], ED

EXAM: CT ABDOMEN AND PELVIS WITH CONTRAST

CLINICAL HISTORY: 76-year-old female with left lower quadrant pain. History of sigmoid diverticulitis treated at [[INSTITUTION:Mercy Hospital]] in [[DATE:June 2021]].

TECHNIQUE: Axial CT images of the abdomen and pelvis after 100 mL {{Omnipaque 350}}.

COMPARISON: CT of [[DATE:January 5, 2024]] from [[INSTITUTION:Lakeside Imaging Center]] (outside study, read by Dr. [[PERSON:Feldman]]).

FINDINGS: Sigmoid wall thickening with pericolonic fat stranding and a {{2.1 cm}} rim-enhancing collection (series 3, image 87). No free air. {{Meckel's diverticulum}} not seen. Liver: {{Couinaud segment VI}} simple cyst. Kidneys: {{Bosniak I}} cyst on the left.

IMPRESSION:
1. Acute complicated sigmoid diverticulitis with a small abscess ({{Hinchey Ib}}).
2. No perforation.

Critical result called to Dr. [[PERSON:Patel]] at extension [[PHONE:4-5512]] on [[DATE:3/14/24]] at 16:05 by Dr. [[PERSON:Whitfield]], read back confirmed.
Electronically signed by: [[PERSON:Eleanor Whitfield]], MD on [[DATE:03/14/2024]] 16:11""", "P53"),
    # 44 P53
    ("""Name: [[PERSON:Margaret O'Connor]]   Date of birth: [[DATE:Sept. 22, 1947]]   Patient ID: [[ID:00482913]]
Address on file: [[ADDRESS:1420 Maple Ave., Springfield, IL 62704]]
Exam: MRI lumbar spine without contrast, [[DATE:2024-05-02]]

INDICATION: Low back pain radiating to the right leg. Daughter ([[PERSON:Kathleen O'Connor-Reyes]], cell [[PHONE:(217) 555-0148]]) requests a copy.

TECHNIQUE: Sagittal T1, T2, STIR; axial T2.

FINDINGS: Grade 1 anterolisthesis of {{L4 on L5}}. Disc bulge at {{L4-L5}} with moderate spinal canal stenosis. {{Modic type 2}} endplate changes at {{L5-S1}}. {{Schmorl's node}} at {{T12}}. Conus terminates at {{L1}}.

IMPRESSION: Moderate spinal stenosis at {{L4-L5}}.

Mrs. [[PERSON:OConnor]] was given the results by phone.
Dictated by: [[PERSON:J. Alvarez]], MD | Transcribed by: [[PERSON:kt]] | [[DATE:05/02/2024]]""", "P53"),
    # 45
    ("""PATIENT NAME: [[PERSON:Washington, Darnell]]
DOB: [[DATE:02/11/1972]]  MRN: [[ID:MRN-7730021]]  ACC#: [[ID:A24-339017]]
EXAM: CHEST X-RAY, 2 VIEWS  DATE OF SERVICE: [[DATE:April 9, 2024]]
REFERRING: [[PERSON:Susan Kim]], NP, [[INSTITUTION:Northside Family Clinic]]

INDICATION: Cough and fever for 5 days.
COMPARISON: [[DATE:10/03/2022]].
FINDINGS: Right lower lobe consolidation with air bronchograms. No pleural effusion. Heart size normal. No {{Kerley B lines}}.
IMPRESSION: Right lower lobe pneumonia. Follow-up radiograph in 6-8 weeks.

Reported by: [[PERSON:Amir Haddad]], MD
Signed: [[DATE:04/09/2024]] 09:47""", None),
    # 46
    ("""Patient: [[PERSON:Chen, Wei]]  | DOB [[DATE:1961-08-14]] | MRN [[ID:10928374]]
Study: MRI brain with and without contrast | [[DATE:13 Feb 2024]] | [[INSTITUTION:St. Mary's Medical Center]]
Clinical information: Progressive tremor. Evaluate for {{Parkinson's disease}} mimics. Wife [[PERSON:Lin Chen]] present.
Technique: 3T, SWI, FLAIR, DWI, T1 post gadolinium.
Findings: Loss of the nigrosome-1 ({{swallow tail sign}}) bilaterally. Scattered white matter hyperintensities, {{Fazekas grade 1}}. Prominent {{Virchow-Robin spaces}}. No mass. No {{hot cross bun sign}}.
Impression: Absent {{swallow tail sign}}, supportive of {{Parkinson's disease}} in the clinical context.
Dr. [[PERSON:Rebecca Goldstein]] (Neuroradiology); resident Dr. [[PERSON:Okafor]]""", None),
    # 47
    ("""PATIENT: [[PERSON:SMITH, JOHN R]]   DOB: [[DATE:7/4/1939]]   AGE: 84   MRN: [[ID:55-0129-3]]
EXAM: CT HEAD WITHOUT CONTRAST    DATE: [[DATE:07/01/2024]]  18:22
HISTORY: Fall at home ([[ADDRESS:38 Birch Lane, Dover, NH 03820]]), on warfarin.
FINDINGS: Acute left convexity subdural hematoma measuring {{9 mm}} with {{4 mm}} midline shift. No skull fracture. Chronic microvascular changes.
IMPRESSION: Acute left subdural hematoma with mass effect. Findings discussed with Dr. [[PERSON:Nwosu]] (neurosurgery) at 18:40 via phone [[PHONE:603-555-0199]].
Radiologist: [[PERSON:Thomas Byrne]], MD""", None),
    # 48
    ("""Name: Mrs. [[PERSON:Eileen Fitzgerald]]   DOB: [[DATE:March 30, 1932]]   ([[AGE:92]] y/o)   Pt #: [[ID:P00918273]]
Procedure: Bilateral screening mammogram, [[DATE:Jan 22 2024]], [[INSTITUTION:Women's Imaging Center of Boston]]
History: Screening. Prior mammogram [[DATE:01/10/2023]]. Sister with breast cancer.
Findings: Breast composition: {{ACR B}}. Stable benign-appearing calcifications in the left breast. No suspicious mass, architectural distortion, or calcifications.
Impression: {{BI-RADS 2}}: benign. Routine screening recommended.
Interpreting physician: Dr. [[PERSON:Priya Raman]]
Letter mailed to patient at [[ADDRESS:12 Harbor View Rd, Quincy, MA 02169]].""", None),
    # 49 P53
    ("""[[INSTITUTION:RIVERSIDE GENERAL HOSPITAL]] - DEPARTMENT OF RADIOLOGY
Patient: [[PERSON:OCONNOR, MARGARET]]  MRN [[ID:482913]]  DOB [[DATE:22-Sep-1947]]
Exam: Chest CT angiogram   Date: [[DATE:08/19/2024]]   Ordered by: [[PERSON:R. Patel]], MD

Indication: Shortness of breath, tachycardia. Husband ([[PERSON:Patrick O'Connor]]) reports recent long flight.
Technique: CT pulmonary angiogram with 75 mL contrast.
Findings: Filling defects in the right lower lobe segmental and subsegmental arteries. RV/LV ratio 0.9. No {{Hampton's hump}}. Incidental {{Morgagni hernia}} containing fat. Thyroid nodule {{TI-RADS 3}}.
Impression: Acute right lower lobe pulmonary emboli without right heart strain.

Results communicated to Dr. [[PERSON:Patel]] by telephone at 11:32 on [[DATE:8/19/2024]].
Final report: [[PERSON:Samuel Oyelaran]], MD""", "P53"),
    # 50
    ("""PATIENT: [[PERSON:Martinez-Lopez, Sofia]]   DOB: [[DATE:12/02/1988]]   MRN: [[ID:3304417]]
EXAM: US PELVIS TRANSVAGINAL   DATE: [[DATE:02/27/2024]]
CLINICAL HISTORY: Pelvic pain, positive pregnancy test, LMP [[DATE:01/06/2024]].
FINDINGS: Intrauterine gestational sac with yolk sac and embryo, CRL {{8 mm}} corresponding to 6w5d, cardiac activity present. Right ovarian corpus luteum cyst. No free fluid in the {{pouch of Douglas}}.
IMPRESSION: Single live intrauterine pregnancy.
Sonographer: [[PERSON:Kayla B.]]  |  Radiologist: [[PERSON:David Nakashima]], MD""", None),
    # 51
    ("""Patient: [[PERSON:Robert Hughes]]  DOB: [[DATE:11/30/1955]]  Account: [[ID:HA-20240611-07]]
Exam: MRI right knee without contrast ([[DATE:6/11/24]]) at [[INSTITUTION:Oakwood Orthopedic Institute]]
Indication: Medial knee pain after twisting injury playing golf.
Findings: Horizontal tear of the posterior horn of the medial meniscus. Medial collateral ligament sprain. {{Pellegrini-Stieda}} ossification. {{Baker's cyst}}, {{3.2 cm}}. Tricompartmental osteoarthritis, {{Kellgren-Lawrence grade 2}}.
Impression: Medial meniscal tear; {{Baker's cyst}}.
Read by: [[PERSON:Linda Park]], MD  |  cc: Dr. [[PERSON:Gareth Evans]] (fax [[PHONE:555-203-8841]])""", None),
    # 52
    ("""NAME: [[PERSON:ABERNATHY, HAROLD]]  DOB: [[DATE:05/05/1930]]  AGE: [[AGE:94]]Y  MRN: [[ID:0077123]]
EXAM: XR HIP LEFT 2 VIEWS    DATE: [[DATE:05/19/2024]]    FACILITY: [[INSTITUTION:Sunrise Senior Living of Fairfax]] (portable)
HISTORY: [[AGE:94]]-year-old male, fall, unable to bear weight.
FINDINGS: Intertrochanteric fracture of the left femur with varus angulation. Diffuse osteopenia. {{Paget's disease}} of the left hemipelvis, unchanged.
IMPRESSION: Displaced intertrochanteric fracture, left hip.
Preliminary read by [[PERSON:T. Oduya]]; final by Dr. [[PERSON:Kenneth McAllister]] on [[DATE:May 19th, 2024]].""", None),
    # 53
    ("""Patient: [[PERSON:Aisha Rahman]]  DOB [[DATE:1994-02-17]]  MRN [[ID:20419936]]  Acc [[ID:RAD.24.772103]]
Exam: MR enterography, [[DATE:2024-07-08]]
Clinical history: {{Crohn's disease}} diagnosed [[DATE:March 2019]], on adalimumab. Assess activity. Referring: Dr. [[PERSON:Benjamin Schwartz]], [[INSTITUTION:Mount Sinai]] IBD Center.
Findings: {{15 cm}} segment of terminal ileal wall thickening with mural hyperenhancement and restricted diffusion. Comb sign. No abscess or fistula. {{Meckel's diverticulum}} is not seen.
Impression: Active inflammatory terminal ileal {{Crohn's disease}} without penetrating complication.
Attending: [[PERSON:Maria Gonzalez]], MD; fellow [[PERSON:Hiroshi Tanaka]], MD""", None),
    # 54
    ("""Patient: [[PERSON:Kowalski, Anna]]  DOB: [[DATE:04/18/1966]]  MRN: [[ID:88812034]]
Exam: CT chest low-dose lung cancer screening  Date: [[DATE:10/22/2024]]
History: 35 pack-year smoker, quit [[DATE:2/2020]].
Findings: {{6 mm}} solid nodule in the left upper lobe (series 4, image 52), new compared with [[DATE:Oct. 2023]]. Mild centrilobular emphysema. Coronary calcification. {{Lung-RADS 3}}.
Impression: {{Lung-RADS 3}}; 6-month low-dose CT recommended.
Electronically signed: [[PERSON:Grace Liu]], MD, [[INSTITUTION:Pacific Lung Screening Program]], [[DATE:10/22/2024]]""", None),
    # 55
    ("""Patient Name: [[PERSON:James Whitaker-Bell]]    DOB: [[DATE:08.12.1979]]    Hospital No: [[ID:RX4471902]]
Examination: MRI shoulder (right), [[DATE:3rd April 2024]]
Clinical details: Anterior dislocation while playing rugby. Referred by Mr [[PERSON:Oliver Harding]], orthopaedic surgeon, [[INSTITUTION:Royal Berkshire Hospital]].
Findings: Large {{Hill-Sachs lesion}}. Anteroinferior labral tear with a bony {{Bankart lesion}} ({{15%}} glenoid bone loss). Rotator cuff intact.
Conclusion: {{Hill-Sachs lesion}} and bony {{Bankart lesion}}.
Reported by Dr [[PERSON:Fiona McLeod]], Consultant Radiologist. Verified [[DATE:04/04/2024]].""", None),
    # 56
    ("""PATIENT: [[PERSON:Ramirez, Luis]]   DOB: [[DATE:09/09/1959]]   MRN: [[ID:6620117]]   ACCT: [[ID:V00339812]]
EXAM: CTA ABDOMEN AORTA RUNOFF   DATE: [[DATE:01/17/2024]]
INDICATION: Claudication, bilateral buttock pain, erectile dysfunction.
FINDINGS: Occlusion of the infrarenal aorta extending to both common iliac arteries, consistent with {{Leriche syndrome}}. Extensive collateral flow via the {{arc of Riolan}}. {{May-Thurner}} configuration of the left common iliac vein.
IMPRESSION: Aortoiliac occlusive disease ({{Leriche syndrome}}).
Findings relayed to vascular surgery, Dr. [[PERSON:Angela Russo]], pager [[PHONE:2291]], at 14:10.
[[PERSON:Michael Brennan]], MD — [[INSTITUTION:VA Medical Center]] Radiology""", None),
    # 57
    ("""Patient: [[PERSON:Nguyen, Thanh]]  DOB: [[DATE:Dec 1, 1950]]  MRN: [[ID:00293847]]
Exam: MRI liver with gadoxetate, [[DATE:11/05/2024]]
History: Hepatitis B cirrhosis, rising AFP. Son ([[PERSON:Kevin Nguyen]]) interprets.
Findings: {{2.6 cm}} arterially enhancing lesion in {{segment 7}} with washout and capsule: {{LI-RADS 5}}. Portal vein patent. No {{Budd-Chiari}} features. Spleen {{14 cm}}.
Impression: {{LI-RADS 5}} observation in {{segment 7}}, consistent with HCC.
Dr. [[PERSON:Victoria Hale]], Abdominal Imaging; e-mailed to [[EMAIL:tumorboard@cityhospital.org]]""", None),
    # 58
    ("""PATIENT: [[PERSON:Jackson, Tyrone]]  DOB: [[DATE:06/25/2003]]  MRN: [[ID:71100293]]
EXAM: XR WRIST LEFT 3 VIEWS   DATE: [[DATE:09/14/2024]]
HISTORY: Fall on outstretched hand during football practice at [[INSTITUTION:Lincoln High School]].
FINDINGS: Nondisplaced fracture of the scaphoid waist. No {{Colles fracture}}. No {{Smith fracture}}. Distal radioulnar joint congruent. {{Terry Thomas sign}} absent.
IMPRESSION: Nondisplaced scaphoid waist fracture.
Read by [[PERSON:Natalie Brooks]], MD. Mother ([[PERSON:Denise Jackson]]) notified at [[PHONE:312.555.0177]].""", None),
    # 59
    ("""Patient: [[PERSON:Helen Papadopoulos]]   DOB: [[DATE:02-14-1946]]   MRN: [[ID:4410092]]
Exam: CT neck with contrast, [[DATE:Monday, March 11, 2024]]
History: Neck swelling. History of {{Graves' disease}} treated with radioiodine in 2015.
Findings: Multinodular goiter with retrosternal extension. Tracheal deviation to the right. No cervical lymphadenopathy. {{Zenker's diverticulum}} is noted.
Impression: Multinodular goiter with substernal extension; {{Zenker's diverticulum}}.
[[PERSON:Aaron Feldstein]], MD / transcribed by [[PERSON:mp]] / [[DATE:03/11/2024]]""", None),
    # 60
    ("""Patient: [[PERSON:William Dubois]]   DOB: [[DATE:10/10/1941]]   MRN: [[ID:3391024]]
Exam: PET-CT skull base to mid-thigh, [[DATE:02/06/2024]]
History: {{Hodgkin lymphoma}} in 1998, now new mediastinal mass. Outside CT [[DATE:01/20/2024]] ([[INSTITUTION:Memorial Regional Imaging]], Dr. [[PERSON:Castillo]]).
Findings: FDG-avid anterior mediastinal mass, SUVmax 14.2. Avid right supraclavicular node. No osseous lesions. {{Deauville 5}}.
Impression: Hypermetabolic mediastinal mass, recurrence of {{Hodgkin lymphoma}} versus new malignancy; biopsy advised.
Nuclear Medicine: Dr. [[PERSON:Sunita Rao]]""", None),
    # 61
    ("""PATIENT: [[PERSON:GREENE, DOROTHY]]   DOB: [[DATE:01/01/1934]]   MRN: [[ID:00817244]]   ([[AGE:90]] y.o.)
EXAM: CT abdomen/pelvis without contrast, [[DATE:12/28/2023]]
HISTORY: Flank pain, hematuria. Lives at [[ADDRESS:77 Elm Street, Apt 4B, Burlington, VT 05401]].
FINDINGS: {{7 mm}} obstructing calculus at the right ureterovesical junction with moderate hydronephrosis. Left renal cyst, {{Bosniak II}}. Sigmoid diverticulosis.
IMPRESSION: Obstructing right UVJ calculus.
Dictated [[DATE:12/28/2023]] 21:14 by [[PERSON:Ian Sutherland]], MD; transcribed [[DATE:12/29/2023]] 07:02.""", None),
    # 62
    ("""Patient: [[PERSON:Bruno Hartley]]   DOB: [[DATE:07/19/1977]]   MRN: [[ID:5120987]]   Acc: [[ID:CT2407190044]]
Exam: CT cervical spine without contrast, [[DATE:7/19/2024]] 23:05
History: Motorcycle collision on Route 9 near [[ADDRESS:Saratoga Springs]].
Findings: Burst fracture of {{C1}} with lateral mass displacement ({{Jefferson fracture}}). {{Dens}} intact; no {{hangman's fracture}} of {{C2}}. Prevertebral soft tissue swelling.
Impression: {{Jefferson fracture}} of {{C1}}; MRI and CTA neck recommended.
Discussed with trauma team (Dr. [[PERSON:Ogunleye]], [[PHONE:x4410]]) at 23:20. Attending: [[PERSON:Leah Rosenberg]], MD.""", None),
]

HELDOUT5: tuple[Snippet, ...] = (*(parse("de", text, phi) for text, phi in _DE),
                                  *(parse("en", text, phi) for text, phi in _EN))
