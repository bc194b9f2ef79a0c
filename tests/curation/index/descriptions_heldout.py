"""Held-out set for description cleaning (issue 14): Study/Series descriptions as PACS exports carry them.

Written before the cleaning code was changed and never used for tuning: measure with `measure()`
(what lands in dicom_index through the real reader), record the figure in docs/deid.md, do not look at
the misses to adjust rules. Habits of DE/AT/CH/UK/US sites: technologists typing names, sites,
stations and referrers into descriptions, in upper case, with carets, underscores, transliterated
umlauts, stripped accents, Latin-1 text; and plain descriptions whose technical words must survive.

Each case: which description, the text, the header values of the file, the words that must not reach
the table (`phi`) and the words series classification and captions need (`keep`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    kind: str                              # "series" or "study"
    text: str
    header: dict[str, str] = field(default_factory=dict)
    phi: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()


CASES: tuple[Case, ...] = (
    # --- the patient's own name typed in ---
    Case("series", "T2 TSE SAG WIRTH", {"PatientName": "Wirth^Gerlinde"}, ("WIRTH",), ("T2", "TSE", "SAG")),
    Case("series", "Ax DWI b800 Koçak_Emre", {"PatientName": "Koçak^Emre"}, ("Koçak", "Emre", "Kocak"),
         ("DWI", "b800")),
    Case("study", "MRT KNIE LI - BRUEGGEMANN", {"PatientName": "Brüggemann^Till"}, ("BRUEGGEMANN",),
         ("MRT", "KNIE")),
    Case("series", "cor T1 fs KM nachtrag Fr. Oberholzer", {"PatientName": "Oberholzer^Regula"},
         ("Oberholzer",), ("cor", "T1", "fs", "KM")),
    Case("series", "PD FS TRA O'SULLIVAN", {"PatientName": "O'Sullivan^Niamh"}, ("O'SULLIVAN", "SULLIVAN"),
         ("PD", "FS", "TRA")),
    Case("study", "CT ABDO/PELVIS c+ (nguyen thi lan)", {"PatientName": "Nguyen^Thi Lan"},
         ("nguyen", "lan"), ("CT", "ABDO", "PELVIS")),
    Case("series", "Thorax 1.0 Br60 ZAEHRINGER", {"PatientName": "Zähringer^Kurt"}, ("ZAEHRINGER",),
         ("Thorax", "Br60")),
    Case("series", "MIP art Sokolowska", {"PatientName": "Sokołowska^Agnieszka"}, ("Sokolowska",),
         ("MIP", "art")),
    Case("study", "Schaedel nativ Pat. Haldimann-Roth", {"PatientName": "Haldimann-Roth^Ursina"},
         ("Haldimann", "Roth"), ("nativ",)),
    Case("series", "FLAIR 3D SAG MPR COR CHRISTOPHOROU", {"PatientName": "Christophorou^Eleni"},
         ("CHRISTOPHOROU",), ("FLAIR", "3D", "SAG", "MPR", "COR")),
    # --- institution / site names ---
    Case("study", "CT Thorax Kantonsspital Sonnhalde", {"InstitutionName": "Kantonsspital Sonnhalde"},
         ("Sonnhalde",), ("CT", "Thorax")),
    Case("study", "MR LWS extern ST. BRIGID'S", {"InstitutionName": "St. Brigid's University Hospital"},
         ("BRIGID",), ("MR", "LWS")),
    Case("series", "HWS sag T2 KLINIKUM_ELBAUE", {"InstitutionName": "Klinikum Elbaue"}, ("ELBAUE",),
         ("HWS", "sag", "T2")),
    Case("study", "Abdomen PV phase - Riverside Imaging Center", {"InstitutionName": "RIVERSIDE IMAGING CENTER"},
         ("Riverside",), ("Abdomen", "PV", "phase")),
    Case("study", "CCT Landesklinikum Waldviertel nativ", {"InstitutionName": "LK Waldviertel"},
         ("Waldviertel",), ("CCT", "nativ")),
    Case("series", "SPITAL ZOLLIKERBERG Becken ax", {"InstitutionName": "Spital Zollikerberg"},
         ("ZOLLIKERBERG",), ("Becken", "ax")),
    Case("study", "CTA Aorta (Lakeshore Heart Institute)", {"InstitutionName": "Lakeshore Heart Inst."},
         ("Lakeshore",), ("CTA", "Aorta")),
    Case("study", "Fremdaufnahme Radiologie am Rosengarten CT Schaedel", {},
         ("Rosengarten",), ("CT",)),
    Case("study", "outside study - Maple Grove Diagnostic Imaging - MRI brain", {},
         ("Maple Grove",), ("MRI", "brain")),
    # --- physicians, operators, stations ---
    Case("study", "Thorax pa/lat Zuw. Dr. Pfeiffenberger", {"ReferringPhysicianName": "Pfeiffenberger^Alois^^Dr."},
         ("Pfeiffenberger",), ("Thorax",)),
    Case("series", "T1 vibe dyn KM (MTRA Ilgner)", {"OperatorsName": "Ilgner^Sabine"}, ("Ilgner",),
         ("T1", "vibe", "dyn", "KM")),
    Case("study", "MSK shoulder arthrogram per dr fairweather", {"ReferringPhysicianName": "Fairweather^Colin"},
         ("fairweather",), ("shoulder", "arthrogram")),
    Case("series", "SWI minIP tra rad. Dr.med. Szabo-Nagy", {"PerformingPhysicianName": "Szabó-Nagy^Levente"},
         ("Szabo", "Nagy"), ("SWI", "minIP", "tra")),
    Case("series", "Weichteil 3mm CTAWP73512", {"StationName": "CTAWP73512"}, ("CTAWP73512",),
         ("Weichteil", "3mm")),
    Case("study", "MR Prostata mpMRI Befund OA Kranewitter", {"NameOfPhysiciansReadingStudy": "Kranewitter^Josef"},
         ("Kranewitter",), ("Prostata", "mpMRI")),
    Case("series", "ADC map (tech: RODRIGUEZ-PENA)", {"OperatorsName": "Rodríguez-Peña^Lucía"},
         ("RODRIGUEZ", "PENA"), ("ADC", "map")),
    # --- dates and identifiers typed in ---
    Case("study", "CT Nachkontrolle 14.11.2023", {}, ("14.11.2023",), ("CT", "Nachkontrolle")),
    Case("series", "Voraufnahme vom 2022-08-30 Lunge", {}, ("2022-08-30",), ("Lunge",)),
    Case("study", "Acc 88213407 CT head", {"AccessionNumber": "88213407"}, ("88213407",), ("CT", "head")),
    Case("series", "KNIE RE PID 4471923 sag PD", {"PatientID": "4471923"}, ("4471923",), ("KNIE", "sag", "PD")),
    # --- plain technical descriptions: nothing to remove, everything to keep ---
    Case("series", "t2_tse_tra_p2_320", {"PatientName": "Lenz^Mira"}, (), ("t2", "tse", "tra")),
    Case("series", "Thorax  1.0  B70f  LUNGE", {"PatientName": "Adler^Jonas"}, (), ("Thorax", "B70f", "LUNGE")),
    Case("series", "ep2d_diff_3scan_trace_p2_ADC", {"PatientName": "Hoang^Minh"}, (), ("diff", "trace", "ADC")),
    Case("series", "Abdomen venös 3.0 I31f", {"PatientName": "Brandt^Olga"}, (), ("Abdomen", "venös", "I31f")),
    Case("series", "COR STIR", {"PatientName": "Roth^Eva"}, (), ("COR", "STIR")),
    Case("series", "Arterial Phase 0.625 Stnd", {"PatientName": "Walker^Amy"}, (), ("Arterial", "Phase", "Stnd")),
    Case("series", "Sag T1 FLAIR", {"PatientName": "Sagan^Carl"}, (), ("Sag", "T1", "FLAIR")),
    Case("series", "AX SPGR post", {"PatientName": "Post^Helene"}, (), ("AX", "SPGR")),
    Case("series", "Spätphase Leber", {"PatientName": "Leber^Karl"}, (), ("Spätphase",)),
    Case("study", "CT Thorax/Abdomen mit KM", {"InstitutionName": "Kreisklinik Mitte"}, (),
         ("Thorax", "Abdomen", "KM")),
    Case("series", "Knochen 1.0 coronal MPR", {"PatientName": "Knoch^Erwin"}, (), ("Knochen", "coronal", "MPR")),
    Case("series", "DWI b0 b1000 ADC tra", {"PatientName": "Tran^Bao"}, (), ("DWI", "b1000", "ADC")),
)
