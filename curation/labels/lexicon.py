"""Synonym lexicon per label, German and English, matched on lower-cased sentence text.

Two kinds of entries:
- direct patterns name the finding on their own ("Perikarderguss", "pleural effusion", "Lungenrundherde"):
  German compounds are written with a free prefix (``\\w*atelekta``) so "Plattenatelektasen" and
  "Kompressionsatelektasen" match, with the word start anchored so "Weichteilemphysem" is not "Emphysem";
- organ-bound words ("Zyste", "Herd", "Konkrement", "nodule", "mass") count for a label only when the organ
  named nearest to them in the sentence is the label's organ ("Leber mit zwei Zysten", "Zyste der Niere").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_S = r"(?<![\wäöüß])"        # word start
_SS = r"(?:ß|ss)"               # Swiss spelling: "vergrössert"
_W = r"[\wäöüß-]+"              # one word
_GAP = rf"(?:[\s,]+{_W}){{0,3}}?[\s,]+"  # up to three words between two terms


# Per pattern the literal stems one of which any match contains (its alternatives' leading literals): a
# sentence without any stem is not searched at all. Substring tests are far cheaper than the patterns, whose
# free compound prefixes (\w*) cost most; a pattern with an alternative that has no literal start has none.
STEMS: dict[re.Pattern[str], tuple[str, ...]] = {}
_LITERAL = re.compile(r"[a-zäöüß -]+")
UNSTEMMED: list[str] = []


def _split_top(group: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in group:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _stems(alternative: str) -> list[str] | None:
    """Literal stems one of which every match of `alternative` contains, or None if it has no literal start."""
    body = re.sub(r"^(?:\(\?<!.*?\))+", "", alternative).removeprefix(r"\w*")
    if body.startswith("(?:"):
        depth, close = 0, -1
        for i, ch in enumerate(body):
            depth += (ch == "(") - (ch == ")")
            if depth == 0:
                close = i
                break
        members = [_stems(m) for m in _split_top(body[3:close])]
        if any(m is None for m in members):
            return None
        found = [stem for m in members for stem in m]  # type: ignore[union-attr]
        if body[close + 1:close + 2] in ("?", "*"):
            rest = _stems(body[close + 2:])
            return None if rest is None else found + rest
        return found
    literal = _LITERAL.match(body)
    if literal is None:
        return None
    stem = literal.group()
    if body[literal.end():][:1] in ("?", "*", "{", "+"):
        stem = stem[:-1]
    stem = stem.rstrip(" -")
    return [stem] if len(stem) >= 2 else None


def _rx(*alternatives: str) -> re.Pattern[str]:
    pattern = re.compile(_S + "(?:" + "|".join(alternatives) + ")", re.IGNORECASE)
    stems = [_stems(a) for a in alternatives]
    if all(st is not None for st in stems):
        STEMS[pattern] = tuple(sorted({x for st in stems for x in st}))  # type: ignore[union-attr]
    else:
        UNSTEMMED.extend(a for a, st in zip(alternatives, stems, strict=True) if st is None)
    return pattern


ENLARGED = rf"(?:vergr(?:ö|oe){_SS}ert\w*|verbreitert\w*|enlarged|enlargement|gro(?:ß|ss)\b)"

DIRECT: dict[str, re.Pattern[str]] = {
    "medical_material": _rx(
        r"port(?:katheter|system|kammer|-katheter|-system|-a-cath)?\b", r"\w*katheter\w*", r"zvk\b", r"picc\b",
        r"catheters?\b", r"central (?:venous )?lines?\b", r"\w*schrittmacher\w*", r"pacemakers?\b", r"icd\b",
        r"defibrillator\w*", r"\w*sonden?\b", r"sondenspitze\w*", r"\w*tubus\b", r"(?:endotracheal|nasogastric|enteric|"
        r"feeding|chest|tracheostomy|ng|et|ett|gastrostomy) tubes?\b", r"tracheo?stom\w*kanüle\w*",
        r"trachealkanüle\w*", r"tracheostomiekanüle\w*", r"\w*drainage\b", r"\w*drainagen\b", r"drains?\b",
        r"\w*stents?\b", r"\w*stent(?:s|ing)?\b", r"\w*cerclage\w*", r"sternotomy wires?", r"sternal wires?",
        r"\w*clips?\b", r"klammernaht\w*", r"staple\w*", r"\w*klappenersatz\w*", r"\w*klappenprothese\w*",
        r"(?:prosthetic|mechanical) (?:aortic |mitral )?valve", r"valve (?:replacement|prosthesis)",
        r"anuloplast\w*", r"annuloplast\w*", r"\w*endoprothese\w*", r"prosthes[ie]s\b", r"osteosynthese\w*",
        r"coils?\b", r"implant\w*", r"ports?\b(?= (?:in situ|catheter|system))"),
    "arterial_wall_calcification": _rx(
        r"aortenskleros\w*", r"\w*arterioskleros\w*", r"\w*atheroskleros\w*", r"arteriosclero\w*",
        r"atherosclero\w*", r"atheroma\w*", r"gef(?:ä|ae)(?:ß|ss)skleros\w*", r"aortenwandverkalk\w*",
        r"aortenverkalk\w*", r"(?:verkalk|kalzifi|calcifi|kalkplaque)\w*" + _GAP + r"(?:der |des |of the )?aort\w*",
        r"aort\w*(?:\s+[\wäöüß-]+){0,3}?\s+(?:verkalkt|kalzifiziert|calcified|sklerosiert)\b",
        r"aortic (?:wall |arch )?calcifi\w*", r"verkalkt\w* aort\w*", r"calcified aort\w*"),
    "cardiomegaly": _rx(
        r"kardiomegal\w*", r"cardiomegal\w*", r"herzverbreiterung", r"herzvergr(?:ö|oe)(?:ß|ss)erung",
        r"(?:herz|herzsilhouette|herzschatten|heart|cardiac silhouette)" + rf"(?:[\s,:]+{_W}){{0,3}}?[\s:]+" + ENLARGED,
        rf"(?:vergr(?:ö|oe){_SS}ert\w*|enlarged) (?:herz\w*|heart)"),
    "pericardial_effusion": _rx(r"perikarderg(?:u|ü)\w*", r"perikardergu(?:ß|ss)\w*", r"perikardflüssigkeit",
                                r"pericardial (?:effusion|fluid)\w*", r"perikardial\w* erg(?:u|ü)\w*"),
    "coronary_artery_wall_calcification": _rx(
        r"koronarskleros\w*", r"koronar\w*verkalk\w*", r"koronarkalk\w*", r"verkalkt\w* koronar\w*",
        r"(?:kalzifi|verkalk|calcifi|kalkplaque)\w*" + _GAP + r"(?:der |of the )?(?:koronar\w*|coronar\w*)",
        r"(?:koronar\w*|coronar\w*)(?:\s+[\wäöüß-]+){0,3}?\s+(?:verkalkt|kalzifiziert|calcified|sklerosiert)\b",
        r"coronary (?:artery |arterial )?(?:wall )?calcif\w*", r"coronary calcium"),
    "hiatal_hernia": _rx(r"\w*hiatushernie\w*", r"hiatus\w* hernie\w*", r"\w*gleithernie\w*", r"hiatal hernia\w*",
                         r"hiatus hernia\w*", r"para(?:ö|oe)sophageale hernie\w*", r"paraesophageal hernia\w*"),
    "lymphadenopathy": _rx(
        r"\w*lymphadenopath\w*", r"adenopath\w*", r"lymphknotenvergr\w*", r"lk-vergr\w*",
        r"lymphknotenmetast\w*", r"nodal (?:disease|metasta\w*)",
        rf"(?:vergr(?:ö|oe){_SS}ert\w*|enlarged|pathologisch\w*|suspekt\w*|bulky|pathologic\w*)"
        rf"(?:\s+{_W}){{0,2}}?\s+(?:lymphknoten\w*|lk|lymph nodes?|nodes?)\b",
        rf"(?:lymphknoten\w*|lk|lymph nodes?|nodes?)\b(?:[\s,]+{_W}){{0,4}}?[\s,]+"
        rf"(?:vergr(?:ö|oe){_SS}ert|enlarged)\w*"),
    "emphysema": re.compile(
        r"(?<!subcutaneous )(?<!surgical )(?<!subkutanes )(?<!subkutanem )(?<!subkutanen )(?<!tissue )"
        r"(?<!mediastinal )" + _S + r"(?:lungenemphysem\w*|emphysem\w*|emphysema\w*|emphysemat\w*|bulla\w*|"
        r"bullös\w*|bullous)", re.IGNORECASE),
    "atelectasis": _rx(r"\w*atelekta\w*", r"dystelekta\w*", r"\w*atelecta\w*", r"minderbelüft\w*",
                       r"belüftungsstörung\w*", r"hypoventilation\w*", r"collapsed?\b", r"collapse of"),
    "lung_nodule": _rx(r"\w*rundherd\w*", r"noduli\b", r"nodulus\b", r"\w*knötchen\b", r"nodules?\b",
                       r"micronodul\w*", r"lungenmetasta\w*", r"(?:pulmonal\w*|pulmonary|lung)(?: \w+)? metasta\w*",
                       r"lungenherd\w*", r"lungentumor\w*", r"lung (?:mass|cancer|tumou?r)\w*"),
    "lung_opacity": _rx(r"milchglas\w*", r"(?:lungen|parenchym)?verdichtung\w*", r"(?:lungen)?infiltrat\w*",
                        r"ground[- ]glass", r"opacit\w*", r"opacification\w*", r"trübung\w*", r"pneumoni\w*",
                        r"crazy[- ]paving", r"transparenzminderung\w*",
                        r"verschattung\w*", r"airspace (?:disease|opacit\w*)"),
    "pulmonary_fibrotic_sequela": _rx(
        r"\w*fibros\w*", r"fibrot\w*", r"narb(?!enhernie)\w*", r"scar\w*", r"honeycomb\w*", r"\w*waben\w*",
        r"retikul(?:är|aer)\w*", r"reticulation\w*", r"reticular\b", r"parenchymal bands?", r"fibrous bands?"),
    "pleural_effusion": _rx(
        r"\w*pleuraerg(?:u|ü)\w*", r"pleuraergu(?:ß|ss)\w*", r"erg(?:uss|üsse|ussbildung|usses|üssen)\w*",
        r"ergu(?:ß|ss)\b", r"pleural (?:effusion|fluid)\w*", r"(?<!pericardial )(?<!joint )effusions?\b",
        r"hydrothorax", r"pleura-\s*(?:oder|und|noch|bzw\.?|/)\s*(?:\w+-\s*(?:oder|und|noch)\s*)?perikarderg\w*",
        r"pleural (?:or|and|/|nor) pericardial effusion\w*"),
    "mosaic_attenuation_pattern": _rx(r"mosaik\w*", r"mosaic\w*"),
    "peribronchial_thickening": _rx(
        r"peribronchial\w*(?:\s+\w+)?\s+(?:verdick\w*|thicken\w*|cuffing)", r"peribronchial cuffing",
        r"bronch\w*wand\w*verdick\w*", r"bronchial wall thicken\w*", r"verdickt\w* bronchialw\w*",
        r"bronchialwände? (?:\w+ )?verdickt\w*", r"thickened bronch\w*"),
    "consolidation": _rx(r"konsolid\w*", r"consolidat\w*"),
    "bronchiectasis": _rx(r"\w*bronchiekta\w*", r"\w*bronchiecta\w*", r"ektasie\w* der bronchien",
                          r"ektatisch\w* bronch\w*", r"dilat\w* bronch\w*", r"bronchial dilat\w*"),
    "interlobular_septal_thickening": _rx(
        r"(?:interlobul(?:är|aer|ar)\w*\s+)?sept(?:al|en|um)\w*\s*(?:verdick\w*|thicken\w*)",
        r"\w*septenverdick\w*", r"verdickt\w* (?:interlobul\w* )?(?:septen|interlobulärsept\w*|sept\w*)",
        r"verdickung\w* der (?:interlobul\w* )?(?:interlobulär)?sept\w*",
                             r"interlobulärsept\w*(?:\s+\w+){0,2}\s+verdickt\w*",
        r"thickened (?:interlobular )?septa\w*", r"kerley\w*"),
    "liver_lesion": _rx(r"lebermetast\w*", r"leberzyst\w*", r"leberläsion\w*", r"leberlaesion\w*", r"leberherd\w*",
                        r"leberhämangiom\w*", r"leberhaemangiom\w*", r"leberraumforderung\w*",
                            r"hepatisch\w* (?:metast|l(?:ä|ae)sion|herd)\w*",
                        r"(?:hepatic|liver) (?:lesion|metasta|cyst|mass|haemangioma|hemangioma)\w*"),
    "hepatic_steatosis": _rx(r"\w*steato\w*", r"leberverfett\w*", r"fettleber\w*",
                             r"fatty (?:infiltration of the )?liver",
                             r"fatty infiltration of the liver", r"hepatic fat\w*"),
    "gallstones": _rx(r"chole(?:z|c)ystolith\w*", r"cholelith\w*", r"gallenstein\w*", r"gallenblasenstein\w*",
                      r"gallenblasenkonkrement\w*", r"gallstones?\b", r"gallbladder (?:stones?|calcul\w*)"),
    "kidney_cyst": _rx(r"nierenzyst\w*", r"(?:renal|kidney) cysts?\b", r"nierenrindenzyst\w*"),
    "kidney_stone": _rx(r"nephrolith\w*", r"urolith\w*", r"nierenstein\w*", r"\w*kelchstein\w*",
                        r"\w*kelchkonkrement\w*",
                        r"nierenkonkrement\w*", r"harnleiterstein\w*", r"harnleiterkonkrement\w*", r"uretersteine?\b",
                        r"(?:renal|kidney|ureteric|ureteral) (?:stones?|calcul\w*)"),
    "hydronephrosis": _rx(r"harn(?:auf)?stau\w*", r"harntransportstörung\w*", r"hydroneph\w*", r"hydroureter\w*"),
    "ascites": _rx(r"aszites", r"ascites", r"freie[rn]? (?:intraabdominelle[rn]? )?flüssigkeit",
                   r"free (?:intraperitoneal )?fluid"),
    "splenomegaly": _rx(r"splenomegal\w*", r"milzvergr\w*",
                        r"milz\w*(?:\s+[\w,()]+){0,4}?\s+vergr(?:ö|oe)(?:ß|ss)ert\w*",
                        r"vergr(?:ö|oe)(?:ß|ss)ert\w* milz", r"enlarged spleen", r"spleen (?:is )?enlarged"),
    "adrenal_nodule": _rx(r"nebennierenadenom\w*", r"nebennierenknoten\w*", r"nebennierenraumforderung\w*",
                          r"nebennierenläsion\w*", r"\w*inzidentalom\w*",
                              r"adrenal (?:nodule|adenoma|mass|lesion|incidentaloma)\w*"),
}

STEMS[DIRECT["emphysema"]] = ("bulla", "bullo", "bullö", "emphysem")

ORGANS: dict[str, re.Pattern[str]] = {
    "lung": _rx(r"lunge\w*", r"\w*lappen\w*", r"pulmonal\w*", r"lungs?\b", r"lobes?\b", r"lingula\w*"),
    "liver": _rx(r"leber\w*", r"hepar\b", r"hepati\w*", r"liver\b", r"segment(?:e|s)? (?:[ivx]+|\d)\b"),
    "kidney": _rx(r"nieren?\w*", r"renal\b", r"kidneys?\b", r"ureter\w*", r"harnleiter\w*", r"\w*kelch\w*",
                  r"oberpol\w*", r"unterpol\w*", r"bosniak"),
    "adrenal": _rx(r"nebenniere\w*", r"adrenal\w*"),
    "gallbladder": _rx(r"gallenblase\w*", r"gallbladder", r"cholezyst\w*"),
    "pericardium": _rx(r"perikard\w*", r"pericard\w*", r"herzbeutel\w*"),
    "other": _rx(r"schilddrüse\w*", r"thyroid\w*", r"mamma\w*", r"breast\w*", r"pankreas\w*", r"pancrea\w*",
                 r"milz\w*", r"spleen\w*", r"splenic", r"knochen\w*", r"\w*wirbel\w*", r"bone\w*", r"bwk\b",
                 r"hwk\b", r"lwk\b",
                 r"haut\w*", r"skin", r"weichteil\w*", r"ovar\w*", r"uter(?:us|i)\b", r"prostat\w*"),
}


@dataclass(frozen=True)
class OrganBound:
    """A generic word that names the label's finding only next to the label's organ."""

    label: str
    organ: str
    word: re.Pattern[str]


ORGAN_BOUND: tuple[OrganBound, ...] = (
    OrganBound("liver_lesion", "liver", _rx(
        r"hypodensit\w*", r"hypodensität\w*", r"hypoattenuat\w* (?:focus|area|lesion)\w*", r"läsion\w*",
        r"laesion\w*", r"herd\w*", r"\w*zyste\w*", r"hämangiom\w*", r"haemangiom\w*", r"hemangiom\w*",
        r"metasta\w*", r"raumforderung\w*", r"lesions?\b", r"cysts?\b", r"mass\w*")),
    OrganBound("kidney_cyst", "kidney", _rx(r"\w*zyste\w*", r"cysts?\b")),
    OrganBound("kidney_stone", "kidney", _rx(r"\w*konkrement\w*", r"steine?n?\b", r"stones?\b", r"calcul\w*")),
    OrganBound("gallstones", "gallbladder", _rx(r"\w*konkrement\w*", r"steine?n?\b", r"stones?\b", r"calcul\w*")),
    OrganBound("adrenal_nodule", "adrenal", _rx(r"knoten\w*", r"adenom\w*", r"raumforderung\w*", r"läsion\w*",
               r"laesion\w*",
                                                r"nodules?\b", r"adenomas?\b", r"mass\w*", r"lesions?\b")),
    OrganBound("lung_nodule", "lung", _rx(r"granulom(?:e|en|a|as)?\b", r"herd(?:e|en)?\b", r"knoten\b",
                                          r"raumforderung\w*", r"mass(?:es)?\b", r"läsion\w*", r"laesion\w*",
                                          r"lesions?\b", r"tumou?r\w*", r"metasta\w*")),
)

@dataclass(frozen=True)
class OrganRule:
    """Generic words of a direct pattern that depend on the organ named in their clause.

    A match whose text starts like `words` is dropped when its clause names an organ outside `allowed`
    ("adrenal nodule" is not a lung nodule, "fatty infiltration of the liver" not a lung opacity), or counted
    for another label when `redirect` names that organ ("Perikard mit schmalem Erguss").
    """

    words: re.Pattern[str]
    allowed: frozenset[str] | None
    redirect: dict[str, str]


ORGAN_RULES: dict[str, OrganRule] = {
    "lung_nodule": OrganRule(re.compile(r"(?:micro)?nod|\w*knötchen|granulom"), frozenset({"lung"}), {}),
    "lung_opacity": OrganRule(re.compile(r"\w*verdichtung|\w*infiltrat|opacit|trübung"), frozenset({"lung"}), {}),
    "pleural_effusion": OrganRule(re.compile(r"erg|effusion"), None, {"pericardium": "pericardial_effusion"}),
}
