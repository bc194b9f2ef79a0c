"""DEV / training corpus of the learned token tagger (issue 14, deid-dev14y): facilities and addresses.

Written by a new author for the tagger's training and for rule work, without reading the scrubber, its docs,
bench/, any held-out corpus or the excerpt texts of the other dev corpora (only the docstrings of dev14v / dev14w /
dev14x, to write different texts). Short excerpts of running text and letters (referrals, transfers, outside
studies, reply letters, sign-offs, internal notes) whose emphasis is FACILITIES and ADDRESSES in every form
departments write them: hospitals known by short names, acronyms and nicknames (UK trusts and sites, Swiss
cantonal networks and acronyms, Austrian LKH / UKH / KH forms, German Klinikum / Kreisklinik / MVZ / Praxis /
Dres. forms, US VA sites, VAMC / CBOC, health systems, urgent-care and imaging chains), care homes and
residences (EMS, Alters- und Pflegeheim, Seniorenresidenz, care home, assisted living, Spitex / soins à
domicile), practices named by doctor, place or modality, French / Italian Swiss facilities (Hôpital, Clinique,
Centre d'imagerie, Ospedale, Clinica, Casa di cura, Casa anziani), insurers with member numbers; addresses with
and without postcode, house names, flats, c/o lines, "wohnhaft in", "à <town>", street + "in <town>", PO boxes
and Postfach. Also persons in sign-offs and greetings (first names alone, initials), pagers / bleeps / Sucher,
day-month dates without year and birth years. DE, AT, CH (German, French, Italian), UK and US habits.
Hard negatives are marked as keep-terms in the same sentences: departments and units beside facility names,
place-named diseases and classifications (Ann Arbor, Lugano, Glasgow, Rotterdam, Ghent, Montreal), eponyms,
ward names, scanner models, anatomy, levels, young ages and bare years.

Markup as tests/curation/deid/text/corpus_de_en: ``[[LABEL:text]]`` is PHI, ``{{text}}`` a keep-term that
must survive. Conventions: titles and salutations (Dr., Dr.ssa, Mme, Frau) and a leading "the" are outside the
span; a whole facility name is inside the span (with its town when the town is part of the name as written,
"Spital Bülach", "LKH Feldkirch"), a department next to it is not; a town written beside a facility, in
brackets or after "in" / "di" / "à", is its own ADDRESS span; each address line (house name, flat, street,
postcode + town, PO box) is its own ADDRESS span, "via" / "chemin" inside. An insurer or health-plan name is
neither PHI nor a keep-term (HIPAA lists beneficiary numbers, not plan names): only its member / policy number
is marked, as ID. A practice or institute named by its doctor ("Praxis Dr. Hallmeier", "Dres. Kühn & Partner",
"Studio medico Dr. Gianella") is one INSTITUTION span with the doctor inside; a doctor named beside a practice
is PERSON. Pagers, bleeps and Sucher
numbers are PHONE. A birth year is DATE, a bare year of a history a keep-term. AGE marks only ages over 89.
Labels: PERSON, INSTITUTION, ADDRESS, DATE, PHONE, ID, AGE. Swiss French / Italian excerpts carry lang "fr" /
"it".

This is training data, not a held-out set. Each batch was measured once, right after it was written and
committed, with the scrubber of that moment and no spaCy layer, aggregates only (tests/dev14y/measure.py), in
two legs: rules only (tagger off) and rules + tagger (the default):

- BATCH1 (70 excerpts: 32 de, 24 en, 8 fr, 6 it; 203 PHI spans, 175 keep-terms):
  rules only: recall PERSON/DATE/ID 0.672, all labels 0.734 (INSTITUTION 57/79, ADDRESS 44/56, PERSON 21/28,
  DATE 9/19, ID 9/11, PHONE 8/9, AGE 1/1); keep 1.000 (175/175); over-redaction 5.2% (8 false hits of 155
  reported spans).
  with tagger: recall PERSON/DATE/ID 0.690, all labels 0.764 (INSTITUTION 60/79, ADDRESS 46/56, PERSON 22/28,
  the rest as rules only); keep 1.000 (175/175); over-redaction 5.6% (9 false hits of 161 reported spans).
- BATCH2 (70 excerpts: 32 de, 24 en, 8 fr, 6 it; 229 PHI spans, 156 keep-terms):
  rules only: recall PERSON/DATE/ID 0.708, all labels 0.729 (INSTITUTION 63/91, ADDRESS 49/62, PERSON 22/30,
  DATE 12/22, ID 12/13, PHONE 8/10, AGE 1/1); keep 0.994 (155/156); over-redaction 2.8% (5 false hits of 180
  reported spans).
  with tagger: recall PERSON/DATE/ID 0.708, all labels 0.751 (INSTITUTION 66/91, ADDRESS 51/62, the rest as
  rules only); keep 0.987 (154/156); over-redaction 3.2% (6 false hits of 185 reported spans).
- BATCH3 (70 excerpts: 32 de, 24 en, 8 fr, 6 it; 220 PHI spans, 184 keep-terms):
  rules only: recall PERSON/DATE/ID 0.569, all labels 0.609 (INSTITUTION 57/88, ADDRESS 35/61, PERSON 18/28,
  DATE 6/20, ID 9/10, PHONE 9/11, AGE 0/2); keep 0.984 (181/184); over-redaction 8.3% (12 false hits of 144
  reported spans).
  with tagger: recall PERSON/DATE/ID 0.603, all labels 0.636 (INSTITUTION 59/88, ADDRESS 37/61, PERSON 20/28,
  the rest as rules only); keep 0.978 (180/184); over-redaction 8.6% (13 false hits of 152 reported spans).

In all 210 excerpts (96 de, 72 en, 24 fr, 18 it), 652 PHI spans (INSTITUTION 258, ADDRESS 179, PERSON 86,
DATE 61, ID 34, PHONE 30, AGE 4) and 515 keep-terms: fewer spans per batch (203-229) and fewer keep-terms than
the brief's 250-300 / "as many", written against a short deadline. Summed over the three single measurements:
rules only: recall PERSON/DATE/ID 0.652 (118/181), all labels 0.690 (450/652; INSTITUTION 177/258, ADDRESS
128/179, PERSON 61/86, DATE 27/61, ID 30/34, PHONE 25/30, AGE 2/4); keep 0.992 (511/515); over-redaction 5.2%
(25 false hits of 479 reported spans). With tagger: recall PERSON/DATE/ID 0.669 (121/181), all labels 0.716
(467/652; INSTITUTION 185/258, ADDRESS 134/179, PERSON 64/86); keep 0.988 (509/515); over-redaction 5.6% (28
false hits of 498 reported spans). Facilities known by short names, acronyms and care-home names, address lines
(house names, flats, towns beside a facility) and day-month dates without a year are what this set is for;
they are where the scrubber of that moment is lowest.
"""

from __future__ import annotations

from tests.curation.deid.text.corpus_de_en import Snippet, de, en, fr, it

BATCH1: tuple[Snippet, ...] = (
    de("Zuweisung aus dem [[INSTITUTION:KSW]] ({{Radiologie}}), Voraufnahme im [[INSTITUTION:Spital Bülach]] vom "
       "[[DATE:14.3.]] zum Vergleich. {{Morbus Scheuermann}} bekannt, {{Th8}} bis {{Th11}} keilförmig."),
    de("Patientin wohnhaft in [[ADDRESS:8404 Winterthur]], [[ADDRESS:Rosenbergstrasse 31]], betreut durch die "
       "[[INSTITUTION:Spitex Winterthur-Seen]]. Befund an Dr. [[PERSON:Gschwend]] ({{Hausarzt}}) per Post."),
    de("Der Patient lebt im [[INSTITUTION:Alters- und Pflegeheim Sonnmatt]] in [[ADDRESS:Niederuzwil]]; "
       "Transport durch den {{Rettungsdienst}}. {{Schenkelhalsfraktur}} rechts, {{Garden III}}."),
    de("Vorbefund aus dem [[INSTITUTION:LKH Feldkirch]], {{Abteilung für Unfallchirurgie}}, vom [[DATE:2. Mai]]. "
       "Keine {{Monteggia-Läsion}}, {{Radiusköpfchen}} intakt."),
    de("Kontrolle nach Osteosynthese im [[INSTITUTION:UKH Meidling]]; Pat. Jg. [[DATE:1961]], {{Weber B}} "
       "Fraktur links, {{Syndesmose}} stabil."),
    de("Überweisung aus dem [[INSTITUTION:Ordensklinikum Barmherzige Schwestern]] "
       "[[ADDRESS:Linz]], {{Interne II}}; Vorbefund im [[INSTITUTION:KH der Elisabethinen]]. "
       "{{Pleuraerguss}} beidseits."),
    de("Mitbeurteilung der Voraufnahmen der [[INSTITUTION:Kreisklinik Ebersberg]] sowie des [[INSTITUTION:MVZ "
       "Radiologie am Isartor]] ({{MRT}} {{Magnetom Vida}}). {{Baker-Zyste}} 3 cm."),
    de("Hausärztliche Versorgung durch die [[INSTITUTION:Praxis Dr. Hallmeier]], [[ADDRESS:Lindenweg 4]] in "
       "[[ADDRESS:Gröbenzell]]. {{Hashimoto-Thyreoiditis}} seit {{2014}}, {{TSH}} normal."),
    de("Versichert bei der AOK Bayern, Versichertennr. [[ID:K802113457]]; Kostenübernahme für {{PET-CT}} "
       "liegt vor. {{Hodgkin-Lymphom}}, {{Ann-Arbor}} {{Stadium IIA}}."),
    de("Mit freundlichen Grüssen\n[[PERSON:Ursina]] (Sekretariat {{Radiologie}})\ni.A. [[PERSON:M. Flury]]"),
    de("Rückfragen bitte an Dr. [[PERSON:Tanja Oberholzer]], Sucher [[PHONE:4471]], oder an die "
       "{{Notfallstation}} des [[INSTITUTION:KSBL]]. {{Lungenembolie}} beidseits zentral."),
    de("Der Patient (geb. [[DATE:1938]]) wurde aus der [[INSTITUTION:Seniorenresidenz Augustinum]] "
       "[[ADDRESS:Bad Soden]] zugewiesen; {{subdurales Hämatom}} rechts frontal, {{Mittellinienverlagerung}} "
       "4 mm."),
    de("Post bitte c/o [[PERSON:Sabine Kettler]], [[ADDRESS:Am Mühlbach 7a]], [[ADDRESS:83607 Holzkirchen]] "
       "(Tochter). {{Demenz}} vom {{Alzheimer-Typ}}, {{Hippocampusatrophie}} {{Scheltens 3}}."),
    de("Externe {{CT}} aus dem [[INSTITUTION:Klinikum Dritter Orden]] vom [[DATE:28.12.]]: {{Pankreatitis}} "
       "{{Balthazar E}}. Verlegung auf {{Station 6 Süd}}."),
    de("{{Mammographie}} im [[INSTITUTION:Brustzentrum Zürichsee]], Mitbefundung im [[INSTITUTION:Spital "
       "Männedorf]]. {{BI-RADS 4}} links, {{oberer äusserer Quadrant}}."),
    de("Pat. aus dem [[INSTITUTION:EMS Chlösterli]] in [[ADDRESS:Unterägeri]], Sturz am [[DATE:3. Jan.]]. "
       "{{Os pubis}} Fraktur, {{Beckenring}} stabil."),
    de("Vorbekannt {{Morbus Bechterew}}, Rheumatologie bei Dr. [[PERSON:Yilmaz-Brunner]] im "
       "[[INSTITUTION:Rheumazentrum Ostschweiz]]. {{Syndesmophyten}} {{L1}} bis {{L3}}."),
    de("Der Befund geht an: Gemeinschaftspraxis [[INSTITUTION:Dres. Kühn & Partner]], [[ADDRESS:Postfach 1123]], "
       "[[ADDRESS:94032 Passau]]. {{Osteoporose}}, {{T-Score}} -2,9."),
    de("Nachsorge im [[INSTITUTION:Tumorzentrum Oberfranken]]; Versichertennummer der Barmer "
       "[[ID:A415578902]]. {{Rektumkarzinom}} {{ypT2 N0}}, keine {{Lebermetastasen}}."),
    de("Hallo [[PERSON:Jonas]], bitte die Bilder aus dem [[INSTITUTION:Radiologie Zentrum Wetzikon]] noch "
       "einlesen, {{Sectra}} findet sie nicht. Gruss [[PERSON:Bea]]"),
    de("Aufnahme aus dem [[INSTITUTION:KH Hietzing]] ({{Neurologie}}), Pat. wohnhaft [[ADDRESS:Speisinger "
       "Straße 109]], [[ADDRESS:1130 Wien]]. {{Mediainfarkt}} links, {{ASPECTS}} 8."),
    de("Die Patientin ist [[AGE:93]] Jahre alt und lebt im [[INSTITUTION:Haus Edelweiss]] ({{betreutes "
       "Wohnen}}). {{Coxarthrose}} {{Kellgren-Lawrence}} 4, 6-jähriger Enkel begleitet."),
    de("Zur Zweitmeinung aus dem [[INSTITUTION:Herzzentrum Bad Krozingen]]. {{Ebstein-Anomalie}}, {{Fallot}} "
       "ausgeschlossen, {{rechter Ventrikel}} dilatiert."),
    de("Zuweisung: [[INSTITUTION:Hirslanden Klinik Aarau]], OA [[PERSON:Roth]]; Vorbilder im "
       "[[INSTITUTION:KSA]] vom [[DATE:7. Oktober]]. {{Chiari-Malformation}} Typ I, {{Tonsillentiefstand}} 8 mm."),
    de("Kontakt Ehemann [[PERSON:Reto Ammann]], Tel. [[PHONE:079 412 33 85]]. Die Pat. wohnt "
       "[[ADDRESS:Hinterdorf 12]], [[ADDRESS:9050 Appenzell]]. {{Polytrauma}}, {{ISS}} 22."),
    de("Krankenkasse Helsana, Versichertenkarte [[ID:80756012340015678]]; Unfallversicherer Suva, "
       "Schaden-Nr. [[ID:31.24.081774.6]]. {{Kahnbeinfraktur}} {{Herbert B2}}."),
    de("Befundkopie an das [[INSTITUTION:Marienhospital Stuttgart]] ist nicht nötig; Weiterbehandlung im "
       "[[INSTITUTION:RBK]]. {{Crohn}}-Befall des {{terminalen Ileums}}, {{MaRIA}} 14."),
    de("Frau [[PERSON:Lechner]] wurde vom [[INSTITUTION:Roten Kreuz Kufstein]] aus dem [[INSTITUTION:"
       "Wohn- und Pflegeheim Zell]] gebracht. {{Hüftprothese}} luxiert, {{Pfanne}} korrekt."),
    de("Praxis [[INSTITUTION:Orthopädie am Stachus]] (Dr. [[PERSON:Feuerecker]]) bittet um Befund bis "
       "[[DATE:Freitag, 16.8.]]. {{Hill-Sachs-Delle}}, {{Bankart-Läsion}}."),
    de("Die [[INSTITUTION:Privatklinik Wyss]] in [[ADDRESS:Münchenbuchsee]] meldet Vorbefund: {{Pneumonie}} im "
       "{{Unterlappen}} rechts, {{Kerley-B-Linien}}. Rückruf Pieper [[PHONE:235]]."),
    en("Referred from the [[INSTITUTION:Royal Free]] via the [[INSTITUTION:Whittington]] A&E; prior imaging at "
       "[[INSTITUTION:Barnet General]] on [[DATE:12 June]]. {{Crohn's disease}}, {{Montreal L3}}."),
    en("Lives at [[ADDRESS:Rose Cottage]], [[ADDRESS:Church Lane]], [[ADDRESS:Little Hadham]], "
       "[[ADDRESS:SG11 2DT]]. Known {{Paget's disease}} of the {{pelvis}}."),
    en("Resident of [[INSTITUTION:Beechwood Grange care home]], [[ADDRESS:Flat 3]], [[ADDRESS:Elm Road]], "
       "[[ADDRESS:Chelmsford]]. {{Colles fracture}}, {{dorsal angulation}} 25 degrees."),
    en("Patient transferred from the [[INSTITUTION:Bristol VAMC]] to the [[INSTITUTION:Asheville CBOC]] for "
       "follow-up. {{Hodgkin}} remission, {{Deauville}} 2."),
    en("Outside films from [[INSTITUTION:MedExpress]] urgent care and [[INSTITUTION:RadNet]] imaging on "
       "[[DATE:March 4th]]. {{Jones fracture}} of the fifth {{metatarsal}}."),
    en("Thanks, [[PERSON:Priya]]. Bleep [[PHONE:6621]] if any issues. - [[PERSON:JW]] ({{SpR}} {{radiology}})"),
    en("Member ID [[ID:XEH493017721]] (Blue Cross Blue Shield); prior authorization for {{MRI}} "
       "{{lumbar spine}} approved. {{L4-L5}} {{disc extrusion}}."),
    en("Dear Dr [[PERSON:Okonkwo]], thank you for referring this 7-year-old from [[INSTITUTION:Alder Hey]]. "
       "{{Perthes disease}}, {{Catterall}} group 3."),
    en("c/o [[PERSON:Margaret Henley]] (daughter), [[ADDRESS:27 Wellington Crescent]], [[ADDRESS:Ramsgate]] "
       "[[ADDRESS:CT11 8HL]]. {{Alzheimer's}} pattern, {{MTA score}} 3."),
    en("Previously scanned at [[INSTITUTION:Sloan Kettering]] and [[INSTITUTION:NYU Langone]]; "
       "{{Ewing sarcoma}} of the {{femur}}, {{Enneking}} IIB."),
    en("Patient born [[DATE:1942]], lives in [[INSTITUTION:Sunrise Assisted Living]] of [[ADDRESS:Fairfax]]. "
       "{{Parkinson's}}, {{DaTscan}} reduced {{putamen}} uptake."),
    en("From [[INSTITUTION:UCLH]] {{neuroradiology}} MDT: [[PERSON:Harriet]] and [[PERSON:Tomasz]] agree "
       "with {{Fazekas 2}} and {{CADASIL}} is unlikely."),
    en("Medicaid ID [[ID:GJ83310297]]; PCP at the [[INSTITUTION:Mercy clinic on Fifth]], Dr "
       "[[PERSON:Abernathy]]. {{Osgood-Schlatter}} in a 13-year-old."),
    en("Address on file: [[ADDRESS:PO Box 418]], [[ADDRESS:Bozeman, MT 59771]]. Imaging at [[INSTITUTION:"
       "Bozeman Health Deaconess]]. {{Lyme}} arthritis? {{Joint effusion}} only."),
    en("Seen at the [[INSTITUTION:Bay Pines VA]] on [[DATE:Nov 2]]; {{Agent Orange}} exposure noted. "
       "{{Hürthle cell}} nodule, {{TI-RADS}} 4, {{left lobe}}."),
    en("Regards, [[PERSON:S. Patel]] - [[INSTITUTION:Kaiser Permanente Oakland]] {{imaging services}}. "
       "{{GE Revolution}} CT, {{Hounsfield}} values within range."),
    en("Transfer from [[INSTITUTION:Addenbrooke's]] to [[INSTITUTION:Papworth]]; {{Marfan syndrome}}, "
       "{{aortic root}} 5.1 cm, {{Ghent}} criteria met."),
    en("His wife [[PERSON:Lorna]] phoned from [[ADDRESS:Kirkcaldy]]; GP is [[INSTITUTION:Links Medical "
       "Practice]]. {{Bell's palsy}}, {{facial nerve}} enhancement."),
    en("Policy number [[ID:UHC 918-442-071]] (UnitedHealthcare); the patient, 11 years old, seen at "
       "[[INSTITUTION:Children's Mercy]]. {{Kawasaki disease}}, {{coronary}} aneurysm."),
    en("Discharged to [[INSTITUTION:Brookdale Senior Living]], [[ADDRESS:2210 Maple Ave]], "
       "[[ADDRESS:Evanston]]. {{Wilms tumour}} history in childhood, {{1979}}."),
    en("Imaging from [[INSTITUTION:St George's]] ([[ADDRESS:Tooting]]) reviewed; {{Stanford type A}} dissection, "
       "{{DeBakey}} I. Contact on-call reg, bleep [[PHONE:7702]]."),
    en("Cheers, [[PERSON:Becky]]\n[[INSTITUTION:Southmead]] {{ultrasound}} team, {{Level 2}}, {{Gate 38}}"),
    fr("Patiente adressée par l'[[INSTITUTION:Hôpital de la Tour]] à [[ADDRESS:Meyrin]]; bilan antérieur au "
       "[[INSTITUTION:CHUV]] du [[DATE:8 mars]]. {{Maladie de Crohn}}, {{iléon terminal}}."),
    fr("Domiciliée [[ADDRESS:chemin des Vignes 14]], [[ADDRESS:1110 Morges]], suivie par les "
       "[[INSTITUTION:soins à domicile AVASAD]]. {{Fracture de Pouteau-Colles}}."),
    fr("Examen réalisé à la [[INSTITUTION:Clinique Cecil]], contrôle au [[INSTITUTION:Centre d'imagerie du "
       "Flon]]. {{Maladie de Paget}} {{osseuse}}, {{bassin}}."),
    fr("Le patient vit à l'[[INSTITUTION:EMS La Rosière]] à [[ADDRESS:Gimel]], né en [[DATE:1930]]. "
       "{{Hématome sous-dural}} chronique, médecin de garde bip [[PHONE:55 812]]."),
    fr("Assuré auprès du Groupe Mutuel, no d'assuré [[ID:756.4402.9981.07]]. {{Sclérose en plaques}}, "
       "critères de {{McDonald}} remplis."),
    fr("Bien à vous, Dr [[PERSON:A. Mercier]], [[INSTITUTION:HFR Fribourg]] site de [[ADDRESS:Riaz]]. {{Lésion de "
       "Hill-Sachs}}, {{glène}} normale."),
    fr("Transfert des [[INSTITUTION:HUG]] vers l'[[INSTITUTION:Hôpital du Valais]] ([[ADDRESS:Sion]]); {{syndrome de "
       "Budd-Chiari}}, {{veines sus-hépatiques}} thrombosées."),
    fr("Courrier à: Mme [[PERSON:Nicole Favre]], c/o [[INSTITUTION:Résidence Les Marronniers]], "
       "[[ADDRESS:2000 Neuchâtel]]. {{Gonarthrose}}, {{Ahlbäck}} 3."),
    it("Paziente inviata dall'[[INSTITUTION:Ospedale Civico]] di [[ADDRESS:Lugano]]; esami precedenti alla "
       "[[INSTITUTION:Clinica Sant'Anna]] del [[DATE:4 aprile]]. {{Morbo di Crohn}}, {{ileo terminale}}."),
    it("Residente alla [[INSTITUTION:Casa anziani Tusculum]] di [[ADDRESS:Arogno]], assicurata CSS "
       "n. [[ID:80756009911002]]. {{Frattura di Colles}}, {{radio distale}}."),
    it("Trasferimento dalla [[INSTITUTION:Casa di cura Santa Chiara]] ([[ADDRESS:Locarno]]) all'[[INSTITUTION:EOC]] "
       "di [[ADDRESS:Bellinzona]]; {{malattia di Parkinson}}, {{substantia nigra}} ridotta."),
    it("Cordiali saluti, Dr.ssa [[PERSON:Bianchi]], [[INSTITUTION:Studio radiologico Malcantone]], "
       "[[ADDRESS:via Cantonale 21]], [[ADDRESS:6987 Caslano]]. {{Spondilolistesi}} {{L5-S1}}."),
    it("Madre [[PERSON:Giulia Rezzonico]], tel. [[PHONE:091 923 45 70]]; bambino di 5 anni, "
       "{{osteocondrite}} di {{Perthes}}, {{testa femorale}} appiattita."),
    it("Visto all'[[INSTITUTION:IOSI]] il [[DATE:12 maggio]]; paziente nato nel [[DATE:1948]]. {{Linfoma di "
       "Hodgkin}}, {{Lugano}} {{stadio II}}."),
    de("Adresse: [[ADDRESS:Haus Sonnenhalde]], [[ADDRESS:Wohnung 2.3]], [[ADDRESS:Bergstrasse 40]], "
       "[[ADDRESS:7270 Davos Platz]]; Notfallkontakt Nichte [[PERSON:Corina Padrutt]] [[PHONE:081 413 02 66]]. "
       "Verlegung ins [[INSTITUTION:KSGR]] ({{Intensivstation}}). {{Lungenödem}}, {{Kerley}}-Linien."),
    de("Ambulante {{MRT}} im [[INSTITUTION:Diagnosticum Graz]] am [[DATE:19.11.]], Pat. wohnhaft in "
       "[[ADDRESS:Gleisdorf]], ÖGK-Versicherungsnr. [[ID:4127 150362]]. {{Morton-Neurom}} zwischen {{MT III}} "
       "und {{MT IV}}, {{Plantarfaszie}} unauffällig."),
    en("Sent from [[INSTITUTION:Wythenshawe]] to [[INSTITUTION:Salford Royal]] ({{neurosurgery}}); NOK "
       "[[PERSON:Dennis]] (husband), [[PHONE:0161 998 7320]], lives at [[ADDRESS:14 Moss Lane]], "
       "[[ADDRESS:Sale]] [[ADDRESS:M33 6GB]]. {{Glasgow}} Coma Scale 13, {{Rotterdam}} score 3."),
    en("Previous study at [[INSTITUTION:SimonMed]] ([[ADDRESS:Scottsdale]]) on [[DATE:August 21]], "
       "ordered by [[INSTITUTION:Banner Health]] urgent care; Aetna member [[ID:W2871346509]]. {{Baastrup}} "
       "disease, {{L3-L4}} and {{L4-L5}} {{spinous processes}}."),
)

BATCH2: tuple[Snippet, ...] = (
    de("Voraufnahmen aus dem [[INSTITUTION:Klinikum rechts der Isar]] und der [[INSTITUTION:Schön Klinik "
       "Harlaching]] vom [[DATE:22. Juni]]; Pat. wohnhaft [[ADDRESS:Ungererstraße 58]] in [[ADDRESS:München]]. "
       "{{Spondylodiszitis}} {{LWK 3/4}}, {{Psoasabszess}} links."),
    de("Zuweisung durch die [[INSTITUTION:Hausarztpraxis am Marktplatz]] in [[ADDRESS:Weilheim]], Dr. "
       "[[PERSON:Brandl]]; Rückruf unter [[PHONE:0881 92 41-0]]. {{Sudeck-Dystrophie}} der {{Hand}}."),
    de("Die Patientin (Jahrgang [[DATE:1934]]) kommt aus dem [[INSTITUTION:Pflegeheim St. Josef]] in "
       "[[ADDRESS:Bad Tölz]]. {{Dekubitus}} sakral, {{Osteomyelitis}} des {{Os sacrum}} nicht sicher."),
    de("Vorbefund [[INSTITUTION:Kantonsspital Baden]], Nachkontrolle im [[INSTITUTION:Spital Zofingen]] am "
       "[[DATE:5.9.]]. {{Achillessehnenruptur}}, {{Thompson-Test}} positiv."),
    de("Befund an [[INSTITUTION:MVZ Neuroradiologie Rhein-Main]], z. Hd. Frau Dr. [[PERSON:Petra Uhlig]], "
       "[[ADDRESS:Postfach 10 04 51]], [[ADDRESS:60004 Frankfurt]]. {{Arnold-Chiari}}, {{Syrinx}} C5-Th2."),
    de("Kind (4 J.) aus dem [[INSTITUTION:Dr. von Haunerschen Kinderspital]]; Mutter [[PERSON:Aylin Demirtaş]], "
       "Handy [[PHONE:0176 4418 2290]]. {{Invagination}}, {{Target-Zeichen}} im {{rechten Unterbauch}}."),
    de("Verlegt aus dem [[INSTITUTION:LKH-Univ. Klinikum Graz]] ins [[INSTITUTION:LKH Hochsteiermark]], Standort "
       "[[ADDRESS:Leoben]]. {{Guillain-Barré}}, {{Cauda equina}} mit KM-Aufnahme."),
    de("Die Bilder vom [[INSTITUTION:UKH Salzburg]] ({{Unfallambulanz}}) wurden am [[DATE:30. März]] "
       "übermittelt. {{Galeazzi-Fraktur}}, {{distales Radioulnargelenk}} luxiert."),
    de("Aufnahme über [[INSTITUTION:KH Nord]] ([[INSTITUTION:Klinik Floridsdorf]]), wohnhaft "
       "[[ADDRESS:Brünner Straße 68/3/12]], "
       "[[ADDRESS:1210 Wien]]. {{Wernicke-Enzephalopathie}}, {{Corpora mamillaria}} hyperintens."),
    de("Liebe [[PERSON:Karin]], anbei die {{CT}} aus dem [[INSTITUTION:Barmherzige Brüder Eisenstadt]] zur "
       "Demo am [[DATE:Dienstag, 11.2.]]. LG [[PERSON:Flo]]"),
    de("Die Patientin ist bei der ÖGK versichert (SV-Nr. [[ID:2214 070559]]), Zusatz Uniqa Polizze "
       "[[ID:UQ-7730412]]. {{Morbus Paget}} der {{Tibia}}, {{Säbelscheidentibia}}."),
    de("Pat. aus der [[INSTITUTION:Residenz Ambiente]] in [[ADDRESS:Küsnacht]], betreut von "
       "[[INSTITUTION:Spitex Küsnacht]]; Sohn [[PERSON:Adrian Hug]], [[PHONE:044 910 27 18]]. "
       "{{Normaldruckhydrozephalus}}, {{Evans-Index}} 0,36."),
    de("Ambulante {{Sonographie}} im [[INSTITUTION:USZ]] am [[DATE:2. Dezember]], Vorbild aus dem "
       "[[INSTITUTION:Triemli]]. {{Budd-Chiari}} ausgeschlossen, {{Pfortader}} offen."),
    de("Zuweiser: [[INSTITUTION:Praxis Dres. Meier-Lutz und Stöckli]], [[ADDRESS:Bahnhofplatz 3]], "
       "[[ADDRESS:3400 Burgdorf]]. {{Gonarthrose}} medial, {{Meniskus}} degeneriert."),
    de("Rückverlegung ins [[INSTITUTION:Spital Emmental]] ({{Chirurgie}}), {{Standort}} [[ADDRESS:Langnau]]. "
       "{{Ileus}}, {{Übergangszone}} im {{Sigma}}."),
    de("Versichert bei CONCORDIA, Versichertennummer [[ID:8075601199220044]]; Fall-Nr. [[ID:F-24-118873]]. "
       "{{Spondylolyse}} {{L5}} beidseits, {{Meyerding I}}."),
    de("Frau [[PERSON:Edith Vonlanthen]], geb. [[DATE:1929]], [[AGE:95]]-jährig, aus dem [[INSTITUTION:Home "
       "Ste-Jeanne-Antide]] in [[ADDRESS:Givisiez]]. {{Pertrochantäre Fraktur}}, {{AO 31-A2}}."),
    de("Gesehen im [[INSTITUTION:Klinikum Nürnberg Süd]], dann [[INSTITUTION:Martha-Maria]]; "
       "Nachsorge bei [[INSTITUTION:Radiologie Fürth]]. {{Klatskin-Tumor}}, {{Bismuth}} IIIa."),
    de("Sucher [[PHONE:82 417]] (Dr. [[PERSON:Nguyen]]), {{Schockraum}} [[INSTITUTION:BG Unfallklinik Murnau]]. "
       "{{Jefferson-Fraktur}} {{C1}}, {{Dens}} intakt."),
    de("Patient lebt bei der Tochter, c/o [[PERSON:Weidinger]], [[ADDRESS:Hauptplatz 9]], [[ADDRESS:4020 Linz]]. "
       "{{Parkinson-Syndrom}}, {{Swallow-Tail-Sign}} fehlt."),
    de("Externe {{MRT}} im [[INSTITUTION:Institut Dr. Schneider]] in [[ADDRESS:Villach]] vom [[DATE:17.4.]]; "
       "{{Siemens Skyra}}, {{DWI}}. {{Creutzfeldt-Jakob}} unwahrscheinlich."),
    de("Verlegung aus dem [[INSTITUTION:Kreiskrankenhaus Mechernich]] in die [[INSTITUTION:Uniklinik Köln]]; "
       "{{Stanford B}}-Dissektion, {{Arteria subclavia}} links."),
    de("Gruss aus dem Sekretariat, [[PERSON:Nadine]] / [[PERSON:R. B.]]\n[[INSTITUTION:Radiologie Hirslanden "
       "Bern]], [[INSTITUTION:Salem-Spital]] {{Eingang B}}"),
    de("Angaben der Techniker Krankenkasse: Vers.-Nr. [[ID:T114588230]]; Pat. wohnt "
       "[[ADDRESS:Am Kirchberg 2]], [[ADDRESS:Haus B]], in [[ADDRESS:Wolfratshausen]]. {{Bakerzyste}} rupturiert."),
    de("Weiterbetreuung im [[INSTITUTION:Reha Rheinfelden]], danach [[INSTITUTION:Alterszentrum Weiergarten]]. "
       "{{Hemiparese}} rechts, {{Capsula interna}}, {{lakunär}}."),
    de("Der Patient wurde vom [[INSTITUTION:Samariterbund]] aus der [[INSTITUTION:Senioreneinrichtung "
       "Haus Gabriel]] gebracht. {{Pneumothorax}} rechts, {{Spitzenpneu}}."),
    de("Zweitmeinung [[INSTITUTION:Charité]] ({{Neuroradiologie}}), Vorbilder [[INSTITUTION:Vivantes Neukölln]] vom "
       "[[DATE:8.1.]]. {{Moyamoya}}, {{Ivy-Sign}}, {{Suzuki}} Stadium 3."),
    de("Zuweisung [[INSTITUTION:Gesundheitszentrum Fricktal]], Standort [[ADDRESS:Laufenburg]]; Hausarzt "
       "[[PERSON:Ch. Vögeli]], [[ADDRESS:Frick]]. {{Divertikulitis}}, {{Hansen-Stock}} IIb."),
    de("Die {{PET}} erfolgte im [[INSTITUTION:Nuklearmedizin am Rotkreuzplatz]]; Befund zurück an "
       "[[INSTITUTION:Rotkreuzklinikum]]. {{Follikuläres Lymphom}}, {{Deauville 4}}."),
    de("Pat. wohnhaft in [[ADDRESS:Chur]], [[ADDRESS:Loestrasse 170]], Kontaktperson [[PERSON:Gian-Andrea "
       "Casanova]] ({{Beistand}}). {{Leberzirrhose}} {{Child B}}, {{Aszites}}."),
    de("Nachbehandlung im [[INSTITUTION:Klinikum Garmisch]], Wohnadresse [[ADDRESS:Partnachauen 5]] in "
       "[[ADDRESS:Garmisch-Partenkirchen]], Rückfragen OA [[PERSON:Sepp Brunnhuber]], Pieper [[PHONE:5530]]. "
       "{{Tibiakopffraktur}} {{Schatzker IV}}, {{Kompartment}} weich."),
    de("Eintritt aus dem [[INSTITUTION:Pflegezentrum Erlenhof]] ([[ADDRESS:Zürich-Seebach]]) am [[DATE:24. Juli]]; "
       "Beistand Hr. [[PERSON:Keller]]. {{Aspirationspneumonie}}, {{Mittellappen}}."),
    en("Letter to Mr [[PERSON:A. Obi]], [[ADDRESS:Flat 7]], [[ADDRESS:Harbour View]], [[ADDRESS:Cardiff]] "
       "[[ADDRESS:CF10 5BZ]], cc [[INSTITUTION:Llandough]] {{respiratory}}. {{Kartagener}} syndrome, "
       "{{situs inversus}}."),
    en("Referred by [[INSTITUTION:Guy's and St Thomas']] to [[INSTITUTION:King's]] liver unit; previous CT at "
       "[[INSTITUTION:Lewisham]] on [[DATE:2 February]]. {{Budd-Chiari}}, {{caudate lobe}} hypertrophy."),
    en("Address: [[ADDRESS:The Old Rectory]], [[ADDRESS:High Street]], [[ADDRESS:Much Wenlock]], "
       "[[ADDRESS:TF13 6AA]]. NHS number [[ID:943 476 5919]]. {{Dupuytren's}} contracture, {{fourth ray}}."),
    en("She lives at [[INSTITUTION:Oakwood Lodge nursing home]] in [[ADDRESS:Harrogate]]; son [[PERSON:Graham]] "
       "is NOK. {{Wallerian degeneration}}, {{corticospinal tract}}."),
    en("Prior US at [[INSTITUTION:Patient First]] urgent care and MRI at [[INSTITUTION:Inova Fairfax]]; "
       "{{Segond fracture}}, {{ACL}} tear, {{Lachman}} positive."),
    en("Veteran seen at the [[INSTITUTION:Hines VA]], followed at the [[INSTITUTION:Jesse Brown VAMC]] and the "
       "[[INSTITUTION:Joliet CBOC]]. {{Gulf War}} era. {{Pancoast tumor}}, {{apex}} of right lung."),
    en("Kind regards,\n[[PERSON:Eleanor]]\n{{Radiology Department}}, [[INSTITUTION:Musgrove Park]], "
       "{{Level 3}}"),
    en("Ordering provider: [[INSTITUTION:Atrium Health Wake Forest Baptist]]; pt ID MRN [[ID:55208193]]. "
       "Insurance: Cigna, member [[ID:U48812074 01]]. {{Hirschsprung}} disease history age 2."),
    en("Imaging performed at [[INSTITUTION:Akumin]] ([[ADDRESS:Tampa]]) and [[INSTITUTION:AdventHealth "
       "Carrollwood]] on [[DATE:Jan 12th]]. {{Chance fracture}} {{L1}}."),
    en("The patient, born in [[DATE:1945]], resides at [[ADDRESS:Apt 4C]], [[ADDRESS:310 West 72nd Street]], "
       "[[ADDRESS:New York, NY 10023]]. {{Lewy body}} pattern, {{occipital}} hypometabolism."),
    en("Bleep [[PHONE:2145]] or ext. [[PHONE:64419]] for the duty radiologist at [[INSTITUTION:Ninewells]]. "
       "{{Boerhaave}} syndrome suspected, {{mediastinal}} air."),
    en("Hi [[PERSON:Mo]], images from [[INSTITUTION:Frimley Park]] have been pushed to {{PACS}}. Thx, "
       "[[PERSON:AK]]"),
    en("PCP: [[INSTITUTION:One Medical]], [[ADDRESS:Cambridge]]; prior studies at [[INSTITUTION:Mass General "
       "Brigham]] and [[INSTITUTION:Mount Auburn]]. {{Sjögren}} syndrome, {{parotid}} cysts."),
    en("Transferred from [[INSTITUTION:Glan Clwyd]] to the [[INSTITUTION:Walton Centre]]; {{Arnold-Chiari}} "
       "type 1, 9-year-old sister also affected."),
    en("Mailing address [[ADDRESS:PO Box 2097]], [[ADDRESS:Juneau, AK 99803]]; seen at [[INSTITUTION:Bartlett "
       "Regional]] on [[DATE:October 8]]. {{Legg-Calvé-Perthes}} in a 6-year-old."),
    en("Medicare MBI [[ID:1EG4-TE5-MK73]], secondary AARP plan. Lives at [[INSTITUTION:Atria Park]] assisted "
       "living, [[ADDRESS:San Mateo]]. {{Pick's disease}}, {{frontal lobes}}."),
    en("GP: [[INSTITUTION:Dr Sandhu & Partners]], [[ADDRESS:Hounslow]]. Prior scan at [[INSTITUTION:West "
       "Mid]]. {{Von Hippel-Lindau}}, {{haemangioblastoma}} in the {{cerebellum}}."),
    en("Wife [[PERSON:Pauline]] ([[PHONE:07700 914 223]]) asked that letters go to [[ADDRESS:Flat 12]], "
       "[[ADDRESS:Marine Court]], [[ADDRESS:St Leonards-on-Sea]]. {{Barrett's}} oesophagus."),
    en("Films from [[INSTITUTION:Concentra]] occupational health ({{workers' comp}}, claim "
       "[[ID:WC-2291-0047]]). {{Scaphoid}} waist fracture, {{Mayfield}} classification."),
    en("Discussed with [[PERSON:Dr. Haverford]] at [[INSTITUTION:Intermountain LDS]]; {{Salter-Harris}} "
       "II of the {{distal radius}} in a 12-year-old."),
    en("On [[DATE:9 Sept]] the patient was brought from [[INSTITUTION:Cedar House]] residential home by "
       "ambulance, {{blue light}}. {{Hangman's fracture}}, {{C2}}."),
    en("Sincerely, [[PERSON:J. R. Whitfield]], MD - [[INSTITUTION:Zwanger-Pesiri]] Radiology, [[ADDRESS:Lindenhurst]]. "
       "{{Hologic}} {{3D}} mammogram, {{BI-RADS 2}}."),
    en("Member #[[ID:H72035518]] (Humana Gold); resides at [[ADDRESS:8821 Sunset Ridge Dr]], [[ADDRESS:Boise]]. "
       "{{Charcot}} foot, {{Lisfranc}} joint."),
    en("Seen at [[INSTITUTION:the Christie]] on [[DATE:3rd May]]; relocated to [[ADDRESS:Didsbury]]. "
       "{{Hodgkin lymphoma}}, {{Cotswolds}} stage IIB."),
    fr("Adressé par le [[INSTITUTION:Centre médical de Lavaux]] à [[ADDRESS:Cully]], Dr [[PERSON:Rochat]]; "
       "IRM antérieure à l'[[INSTITUTION:Hôpital Riviera-Chablais]]. {{Maladie de Ménière}}."),
    fr("Domicilié [[ADDRESS:rue du Stand 52]], [[ADDRESS:1204 Genève]]; c/o Mme [[PERSON:Dubois]]. "
       "{{Syndrome de Guillain-Barré}}, {{queue de cheval}}."),
    fr("Patiente de l'[[INSTITUTION:EMS Les Pâquerettes]] à [[ADDRESS:Bulle]], suivie par le "
       "[[INSTITUTION:RFSM]]. {{Maladie d'Alzheimer}}, {{hippocampes}} atrophiques."),
    fr("Contrôle à la [[INSTITUTION:Clinique de Genolier]] le [[DATE:21 octobre]]; imagerie initiale à "
       "[[INSTITUTION:Affidea Lausanne]]. {{Fracture de Maisonneuve}}."),
    fr("Meilleures salutations, [[PERSON:Claire]] ({{secrétariat}}), pour le Dr [[PERSON:Jeanneret]], "
       "[[INSTITUTION:RHNe]] site de [[INSTITUTION:Pourtalès]], bip [[PHONE:4327]]."),
    fr("Assurance Visana, no [[ID:80756004421177]]; né en [[DATE:1951]], réside au [[INSTITUTION:Foyer "
       "Saint-Joseph]] de [[ADDRESS:Courtételle]]. {{Maladie de Dupuytren}}."),
    fr("Transfert de l'[[INSTITUTION:Hôpital du Jura]] ([[ADDRESS:Delémont]]) à l'[[INSTITUTION:Inselspital]]; "
       "{{dissection}} de l'{{artère vertébrale}}, {{V3}}."),
    fr("Patient adressé par l'[[INSTITUTION:imagerie médicale de Rive]], examen du [[DATE:6 juin]]. "
       "{{Syndrome de Mirizzi}}, {{cholédoque}} dilaté."),
    it("Inviato dalla [[INSTITUTION:Clinica Luganese Moncucco]] all'[[INSTITUTION:Ospedale Regionale di "
       "Mendrisio]] il [[DATE:15 giugno]]. {{Sindrome di Mallory-Weiss}}, {{cardias}}."),
    it("Residente in [[ADDRESS:via Lavizzari 7]], [[ADDRESS:6850 Mendrisio]]; figlia [[PERSON:Sara Fontana]], "
       "[[PHONE:076 388 14 02]]. {{Morbo di Paget}}, {{cranio}}."),
    it("Ospite della [[INSTITUTION:Casa per anziani Al Lido]] a [[ADDRESS:Locarno]], assistita dallo "
       "[[INSTITUTION:Spitex ALVAD]]. {{Frattura vertebrale}} {{D12}}, {{Genant}} 2."),
    it("Distinti saluti, [[PERSON:Marco]] ({{tecnico di radiologia}}) per Dr. [[PERSON:Pedrazzini]], "
       "[[INSTITUTION:Clinica Ars Medica]], [[ADDRESS:Gravesano]]."),
    it("Assicurata Sanitas, n. [[ID:80756033015588]]; esame eseguito al [[INSTITUTION:Centro diagnostico "
       "Ticino]] il [[DATE:3 novembre]]. {{Malattia di Kienböck}}, {{semilunare}}."),
    it("Paziente del [[INSTITUTION:Centro Sanitario di Faido]], nata nel [[DATE:1940]]; controllo "
       "all'[[INSTITUTION:Ospedale San Giovanni]]. {{Tiroidite di Hashimoto}}."),
)

BATCH3: tuple[Snippet, ...] = (
    de("Vorbilder aus der [[INSTITUTION:Asklepios Klinik Altona]] ({{Neurochirurgie}}) vom [[DATE:19.2.]] und aus "
       "dem [[INSTITUTION:UKE]]. {{Meningeom}} {{WHO Grad 1}}, {{Dural-Tail}}, {{Falx}}."),
    de("Wohnhaft bei den Eltern in [[ADDRESS:Ottobrunn]], [[ADDRESS:Rosenheimer Landstraße 120]]; 8-jähriger "
       "Junge. {{Osteoidosteom}} der {{Tibia}}, {{Nidus}} 6 mm, {{Brodie-Abszess}} unwahrscheinlich."),
    de("Zuweisung aus der [[INSTITUTION:Helios Klinik Schleswig]], Kopie an das [[INSTITUTION:MVZ am "
       "Friedrichsberg]]. {{Lyme-Borreliose}}? {{Fazialisparese}} links, {{Labyrinthsegment}} mit KM."),
    de("Pat. aus dem [[INSTITUTION:Wohnstift Augustinum]] in [[ADDRESS:Meersburg]], Betreuerin Frau "
       "[[PERSON:Grießhaber]], Tel. [[PHONE:07532 44 18 09]]. {{Subkapitale Humerusfraktur}}, {{Neer}} 3-Part."),
    de("Hinweis an den Pieper [[PHONE:7719]] (Dr. [[PERSON:Özdemir]]), {{Stroke Unit}} [[INSTITUTION:Sana "
       "Klinikum Offenbach]]. {{Basilaristhrombose}}, {{pc-ASPECTS}} 7."),
    de("Befund zur Kenntnis: [[INSTITUTION:Praxis für Radiologie und Nuklearmedizin Dr. Wenzl]], "
       "[[ADDRESS:Lange Gasse 15]], [[ADDRESS:86152 Augsburg]]. {{Schilddrüse}}, {{Bethesda III}}."),
    de("Herzlichen Dank, [[PERSON:Steffi]]! Die {{CD}} aus [[INSTITUTION:Vitos Weilmünster]] liegt in der "
       "{{Befundbox}}. [[PERSON:T.]]"),
    de("Versicherter der DAK, Nr. [[ID:D227119043]], Mitglied seit {{2009}}. {{Morbus Ormond}}, "
       "{{Ureter}} beidseits ummauert, {{Aorta abdominalis}} 2,4 cm."),
    de("Die Patientin (geb. [[DATE:1937]]) lebt in der [[INSTITUTION:Seniorenresidenz Parkblick]], "
       "[[ADDRESS:Zimmer 214]]; Kontakt Enkel [[PERSON:Lukas Pfeffer]]. {{Okklusionsileus}}, {{Gallensteinileus}}."),
    de("Aufnahme im [[INSTITUTION:LUKS]] [[ADDRESS:Sursee]], Verlegung ins [[INSTITUTION:Kantonsspital Nidwalden]] "
       "am [[DATE:23.8.]]. {{Tossy III}}, {{AC-Gelenk}} rechts."),
    de("Nachkontrolle im [[INSTITUTION:GZO Wetzikon]], Vorbefund [[INSTITUTION:Spital Uster]]; Hausarzt "
       "[[INSTITUTION:Praxis Sonnental]] in [[ADDRESS:Dübendorf]]. {{Pneumothorax}}, {{Bulla}} apikal."),
    de("Eintritt aus dem [[INSTITUTION:Altersheim Bruggwiesen]] in [[ADDRESS:Effretikon]]; {{Spitex}} "
       "zweimal täglich. {{Kompressionsfraktur}} {{BWK 12}}, {{Genant}} Grad 2."),
    de("Überweisung [[INSTITUTION:KSSG]], Standort [[ADDRESS:Rorschach]]; Partnerin [[PERSON:Mirjam]] "
       "begleitet. {{Wilson-Erkrankung}}, {{Basalganglien}} T2-hyperintens, {{Panda-Zeichen}}."),
    de("Pat. wohnhaft in [[ADDRESS:Solothurn]], [[ADDRESS:Werkhofstrasse 4]], zugewiesen von den "
       "[[INSTITUTION:soH]] ([[INSTITUTION:Bürgerspital]]). {{Morbus Perthes}} als Kind, {{Coxa magna}}."),
    de("Sehr geehrte Frau Kollegin [[PERSON:Hinterberger]], besten Dank für die Zuweisung aus dem "
       "[[INSTITUTION:LKH Villach]]. {{Pancoast-Tumor}}, {{Plexus brachialis}} infiltriert."),
    de("Vorbefund [[INSTITUTION:Klinik Ottakring]] ([[INSTITUTION:Wilhelminenspital]]) vom [[DATE:7. Juni]]; AUVA-Fall "
       "[[ID:AU-2024-339817]]. {{Lisfranc-Verletzung}}, {{Fleck-Zeichen}}."),
    de("Pat. aus [[ADDRESS:Wolfsberg]], Versorgung im [[INSTITUTION:LKH Wolfsberg]], Vorbild aus dem "
       "[[INSTITUTION:Klinikum Klagenfurt am Wörthersee]] ([[INSTITUTION:KABEG]]). {{Sarkoidose}} {{Scadding II}}."),
    de("Die Tochter [[PERSON:Renate]] bittet um Kopie an [[ADDRESS:Schloßbergstraße 3]], [[ADDRESS:2. Stock]], "
       "[[ADDRESS:8010 Graz]]. {{Hydrozephalus}}, {{Hakim}}-Trias, {{Evans}} 0,33."),
    de("{{MRT}} in der [[INSTITUTION:Radiologie Linz-Urfahr]], Kontrolle {{Computertomographie}} im "
       "[[INSTITUTION:Kepler Uniklinikum]]. {{Chondrosarkom}} {{Grad 1}}, {{Os ilium}}."),
    de("Patient ist [[AGE:91]], lebt mit Frau im {{Erdgeschoss}} in [[ADDRESS:Hallein]]; Kontakt "
       "[[PHONE:+43 6245 81 22 9]]. {{Pneumonie}}, {{Air-Bronchogramm}}, {{Unterlappen}}."),
    de("Kostenträger Sympany, Versichertennr. [[ID:80756022711039]]; Pat. Jg. [[DATE:1955]], "
       "{{Hashimoto}} seit {{1998}}. {{Struma}}, {{Trachea}} nach rechts verlagert."),
    de("Entlassung in die [[INSTITUTION:Kurzzeitpflege Haus am Weiher]] ([[ADDRESS:Gilching]]); "
       "{{Bauchaortenaneurysma}} 4,8 cm, {{EVAR}} geplant, {{Hals}} 15 mm."),
    de("Zweitmeinung aus der [[INSTITUTION:Kreisklinik Wolfratshausen]], Rückmeldung an OA "
       "Dr. [[PERSON:Markus Stadler]] [[PHONE:08171 76-0]]. {{Morbus Forestier}}, {{DISH}}."),
    de("Anmeldung über das [[INSTITUTION:Ambulatorium Burgdorf]]; Pat. wohnt [[ADDRESS:Lyssachstrasse 92]] in "
       "[[ADDRESS:Burgdorf]]. {{Sinusvenenthrombose}}, {{Sinus sigmoideus}}, {{Empty-Delta}}."),
    de("Der Befund wurde mit Frau [[PERSON:Kälin]] von der [[INSTITUTION:Spitex Einsiedeln]] besprochen. "
       "{{Erysipel}}, keine {{Fasziitis}}, {{Unterschenkel}} links."),
    de("Vorbild [[INSTITUTION:Radiologie Bethanien]] in [[ADDRESS:Zürich-Fluntern]] vom "
       "[[DATE:28.5.]]. {{Tarsaltunnel}}, {{Ganglion}} am {{Sustentaculum}}."),
    de("Einweisung durch den Notarzt aus [[ADDRESS:Mittenwald]]; Erstversorgung im [[INSTITUTION:KH "
       "Garmisch]]. {{Lawinenverschüttung}}, {{Hypothermie}} {{Grad II}}."),
    de("Grüße aus der {{Radiologie}}, [[PERSON:Annika]] & [[PERSON:Jo]] ({{MTRA}}), [[INSTITUTION:"
       "Kreiskrankenhaus Waldbröl]], {{Station 3}}."),
    de("Krankenkasse KPT, Police [[ID:KP-0448123]]; Wohnadresse [[ADDRESS:Chalet Bergfrieden]], "
       "[[ADDRESS:3823 Wengen]]. {{Skidaumen}}, {{Stener-Läsion}}."),
    de("Rücksprache mit Schwester [[PERSON:Hildegard]] vom [[INSTITUTION:Caritas-Seniorenzentrum St. Anna]] in "
       "[[ADDRESS:Passau-Grubweg]] am [[DATE:Montag, 3.3.]]. {{Harnverhalt}}, {{Blase}} 900 ml, {{Prostata}} 60 ml."),
    de("Voraufnahmen {{CT}} und {{MRT}} ({{Philips Ingenia}}) aus dem [[INSTITUTION:Diagnosezentrum Urania]] in "
       "[[ADDRESS:Wien-Landstraße]]; Pat. Jg. [[DATE:1949]]. {{Klatskin}}-Verdacht, {{Hilus}} frei."),
    de("Zuweisung [[INSTITUTION:Spital Thun]] ({{Medizin}}), Wohnort [[ADDRESS:Steffisburg]], Hausärztin "
       "Dr. med. [[PERSON:Lea Zbinden]] - bitte zurück an [[INSTITUTION:Gruppenpraxis Glockenthal]]. "
       "{{Sarkopenie}}, {{L3}}-Muskelindex."),
    en("Cc: [[INSTITUTION:Rowan Medical Centre]], [[ADDRESS:Portsmouth]]; [[INSTITUTION:QA Hospital]] "
       "{{Stroke}} team. {{Moyamoya}} in a 16-year-old, {{puff of smoke}}."),
    en("Referred by [[INSTITUTION:HCA Houston Healthcare Kingwood]]; policy [[ID:AET-55302817]], patient "
       "born [[DATE:1939]]. {{Lhermitte}} sign, {{Chiari}} excluded, {{foramen magnum}} normal."),
    en("Transferred from [[INSTITUTION:Jimmy's]] ([[INSTITUTION:St James's Leeds]]) to the [[INSTITUTION:LGI]] "
       "major trauma centre. {{Tile C}} pelvic fracture, {{sacroiliac}} joint disruption."),
    en("Prior CT at [[INSTITUTION:Barts]], follow-up at the [[INSTITUTION:Brompton]]; lives at "
       "[[ADDRESS:Flat 22]], [[ADDRESS:Chaucer House]], [[ADDRESS:Pimlico]]. {{Kartagener}}, {{bronchiectasis}}."),
    en("Regards, [[PERSON:Dan]] ({{reporting radiographer}}), [[INSTITUTION:Royal Derby]], ext "
       "[[PHONE:85512]]. {{Weber C}}, {{Maisonneuve}} not excluded."),
    en("Veteran followed at the [[INSTITUTION:Palo Alto VA]] and the [[INSTITUTION:Livermore CBOC]]; "
       "{{Vietnam}} era, born [[DATE:1948]]. {{Agent Orange}}-related {{prostate}} cancer, {{PI-RADS 5}}."),
    en("Study from [[INSTITUTION:Geisinger]] ([[ADDRESS:Danville]]) on [[DATE:June 30th]]; plan Highmark, "
       "member [[ID:YJF611208843]]. {{Scheuermann}} kyphosis, {{T7}} to {{T10}}."),
    en("Resident at [[INSTITUTION:Silverado Memory Care]], [[ADDRESS:Belmont]]; POA is daughter "
       "[[PERSON:Kimberly Ngata]], [[PHONE:(650) 555-0173]]. {{Frontotemporal}} atrophy, {{knife-edge}}."),
    en("MRI at [[INSTITUTION:Touchstone Imaging]] [[ADDRESS:Plano]], CT at [[INSTITUTION:Baylor Scott & White]]; "
       "{{Brown-Séquard}} pattern, {{C5-C6}} cord contusion."),
    en("Address for correspondence: [[ADDRESS:Ty Gwyn]], [[ADDRESS:Heol y Bryn]], [[ADDRESS:Aberaeron]]; GP "
       "[[INSTITUTION:Tregaron Surgery]]. {{Osler-Weber-Rendu}}, {{AVM}} in {{left lower lobe}}."),
    en("Many thanks, [[PERSON:Gemma]] x\n{{MRI}} bookings, [[INSTITUTION:Royal Cornwall]] ([[INSTITUTION:Treliske]] "
       "site)"),
    en("Hi [[PERSON:Raj]], can you check the {{CTPA}} from [[INSTITUTION:Stepping Hill]]? {{Hampton's hump}} "
       "{{right lower lobe}}. Ta, [[PERSON:LM]]"),
    en("Previous imaging at [[INSTITUTION:Sutter Roseville]] and [[INSTITUTION:UC Davis]] on [[DATE:Feb 14]]; "
       "{{Mondor's disease}}, {{thoracoepigastric vein}}."),
    en("The patient is [[AGE:97]] and lives at [[INSTITUTION:Hazelwood House]] nursing home, [[ADDRESS:Kendal]]. "
       "{{Hip}} fracture, {{Garden IV}}, {{femoral neck}}."),
    en("PO address: [[ADDRESS:PO Box 55]], [[ADDRESS:Hilo, HI 96721]]. Seen at [[INSTITUTION:Hilo Medical "
       "Center]] ER. {{Kienböck's disease}}, {{Lichtman}} IIIa."),
    en("NOK: partner [[PERSON:Sam]], [[PHONE:07956 331 208]]. Referral from [[INSTITUTION:Broomfield]] "
       "{{ENT}} clinic. {{Warthin's tumour}}, {{parotid tail}}."),
    en("Urgent-care film from [[INSTITUTION:CityMD]] on [[DATE:12/3]] reviewed; {{boxer's fracture}} of the "
       "fifth {{metacarpal}}, {{angulation}} 30 degrees."),
    en("BCBS member [[ID:ZGP8823140097]]; imaging by [[INSTITUTION:Envision Radiology]] in "
       "[[ADDRESS:Colorado Springs]]. {{Osgood-Schlatter}}, 14-year-old, {{tibial tubercle}}."),
    en("She moved from [[ADDRESS:Swindon]] to [[ADDRESS:12 Albion Terrace]], [[ADDRESS:Bath]] [[ADDRESS:BA1 "
       "2DZ]]; records at [[INSTITUTION:the GWH]]. {{Still's disease}}, {{sacroiliitis}}."),
    en("From the [[INSTITUTION:Durham VAMC]] to [[INSTITUTION:Duke]] for {{IR}}; {{Budd-Chiari}}, "
       "{{TIPS}} revision, {{hepatic veins}} occluded."),
    en("Ward clerk [[PERSON:Janice]] confirms transfer from [[INSTITUTION:Whipps Cross]] on [[DATE:Sunday 4th]]. "
       "{{Guillain-Barré}}, {{nerve roots}} enhancing."),
    en("The PCP is [[INSTITUTION:Dr. Lisa Moreno's family practice]] in [[ADDRESS:Santa Fe]]; 10-year-old "
       "sibling with {{Ehlers-Danlos}}. {{Aortic root}} normal."),
    en("Sincerely, [[PERSON:R. Chandrasekaran]] for [[INSTITUTION:Northwell]] {{Radiology}}, "
       "[[INSTITUTION:North Shore]] campus. {{Hounsfield}} {{-20}}, {{adrenal adenoma}}."),
    en("Imaging at [[INSTITUTION:Advocate Christ]] on [[DATE:7 April]]; Medicaid [[ID:IL 742038815]]. "
       "{{Zenker's diverticulum}}, {{cricopharyngeus}}."),
    fr("Patient adressé par la [[INSTITUTION:Clinique La Source]], contrôle au [[INSTITUTION:CIC Riviera]] "
       "à [[ADDRESS:Clarens]] le [[DATE:2 juillet]]. {{Tendinite de De Quervain}}."),
    fr("Domiciliée à [[ADDRESS:Sierre]], [[ADDRESS:avenue Général-Guisan 30]]; fille [[PERSON:Laetitia "
       "Zufferey]], [[PHONE:027 456 12 90]]. {{Fracture de Smith}}, {{radius distal}}."),
    fr("Résidente du [[INSTITUTION:Home La Colline]] ([[ADDRESS:Delémont]]), née en [[DATE:1933]]; soins par "
       "l'[[INSTITUTION:AJAS]]. {{Maladie de Forestier}}, {{ligament longitudinal antérieur}}."),
    fr("Avec mes salutations, Dr [[PERSON:Chappuis]], [[INSTITUTION:Réseau Santé Balcon du Jura]], "
       "[[ADDRESS:Sainte-Croix]]. {{Syndrome de Tietze}}, {{jonction chondro-costale}}."),
    fr("Imagerie initiale à l'[[INSTITUTION:Hôpital de Morges]] ([[INSTITUTION:EHC]]), puis [[INSTITUTION:Groupe 3R]] "
       "[[ADDRESS:Nyon]]. {{Maladie de Kahler}}, {{lésions lytiques}}."),
    fr("Assuré Assura, carte [[ID:80756011188204]]; adresse c/o Famille [[PERSON:Roulin]], "
       "[[ADDRESS:case postale 118]], [[ADDRESS:1630 Bulle]]. {{Spondylarthrite}}, {{Romanus}}."),
    fr("Bip [[PHONE:31 204]] pour le chef de clinique [[PERSON:Dr Guex]], [[INSTITUTION:eHnv]] [[ADDRESS:Yverdon]]. "
       "{{Hernie de Spiegel}}, {{ligne semi-lunaire}}."),
    fr("Contrôle le [[DATE:14 janvier]] au [[INSTITUTION:Centre d'imagerie de Monthey]]; {{classification de "
       "Lauge-Hansen}}, {{malléole latérale}}."),
    it("Paziente della [[INSTITUTION:Casa di cura Sant'Agnese]] a [[ADDRESS:Muralto]], inviata "
       "all'[[INSTITUTION:ORL]] ([[ADDRESS:Locarno]]). {{Morbo di Parkinson}}, {{putamen}}."),
    it("Domicilio: [[ADDRESS:via San Gottardo 88]], [[ADDRESS:6900 Massagno]]; nipote [[PERSON:Luca "
       "Cattaneo]], [[PHONE:079 612 80 33]]. {{Frattura di Jefferson}}, {{C1}}."),
    it("Cordiali saluti, [[PERSON:Chiara]] ({{segreteria}}), [[INSTITUTION:Clinica Hildebrand]] di "
       "[[ADDRESS:Brissago]]. {{Emiparesi}} sinistra, {{capsula interna}}."),
    it("Assicurato Groupe Mutuel n. [[ID:80756029944710]]; esame del [[DATE:25 agosto]] all'[[INSTITUTION:"
       "Ospedale Beata Vergine]]. {{Malattia di Osgood-Schlatter}}, 13 anni."),
    it("Ospite del [[INSTITUTION:Centro anziani Paradiso]], nato nel [[DATE:1931]]; trasferimento "
       "all'[[INSTITUTION:Ospedale La Carità]]. {{Idrocefalo}} normoteso, {{indice di Evans}}."),
    it("Seguito dallo [[INSTITUTION:Studio medico Dr. Gianella]] a [[ADDRESS:Biasca]]; cercapersone "
       "[[PHONE:4418]]. {{Sindrome di Tolosa-Hunt}}, {{seno cavernoso}}."),
)

BATCHES: dict[str, tuple[Snippet, ...]] = {"BATCH1": BATCH1, "BATCH2": BATCH2, "BATCH3": BATCH3}
