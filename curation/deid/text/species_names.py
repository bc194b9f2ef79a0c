"""Bacteria, fungi and parasites written as a binomial abbreviation: the genus' initial and the species epithet
("E. coli", "S. aureus", "H. pylori", "C. difficile", "K. pneumoniae", "P. jirovecii", glued "E.coli", any case:
"E. Coli", "S. AUREUS"). A keep range (fix round 22): an initial and a word after a closing or on the last line
read as a signature ("Thanks,\\nK. Pneumoniae", "Grüßen\\n\\nE.Coli\\nOberarzt"); the epithet decides, from a
vocabulary of the species a radiology report names (infection work-up, abscesses, pneumonias, colitis,
spondylodiscitis, opportunistic infections). A surname after an initial that is no listed epithet stays a
signature ("S. Auer", "E. Colberg"), and so does an eponym after "M." (Morbus) where it stood before. A title
before or a credential or doctor's role after makes the initial and the epithet a person (mend of round 22:
"Dr. M. Quintana", "J. Quintana, MD", "Dott.ssa M. Coli", "Dr. R. Niger, Oberarzt"): no keep then.
"""

from __future__ import annotations

import re

from curation.deid.text.common import NeedleGate, lowered_text, words
from curation.deid.text.credential_names import credential_follows
from curation.deid.text.names import TITLE_BEFORE

__all__ = ["SPECIES_EPITHETS", "species_keeps"]

SPECIES_EPITHETS = words("""
coli aureus epidermidis lugdunensis haemolyticus saprophyticus capitis hominis pyogenes agalactiae pneumoniae
anginosus intermedius constellatus milleri mitis sanguinis oralis gallolyticus bovis dysgalactiae faecalis faecium
pylori difficile perfringens septicum tetani botulinum acnes jirovecii carinii aeruginosa putida oxytoca
cloacae aerogenes mirabilis vulgaris marcescens maltophilia baumannii influenzae parainfluenzae catarrhalis
meningitidis gonorrhoeae pneumophila monocytogenes jejuni enteritidis typhimurium typhi paratyphi sonnei flexneri
enterocolitica cholerae vulnificus fragilis melaninogenica tuberculosis avium intracellulare kansasii
abscessus chelonae fortuitum marinum ulcerans leprae israelii asteroides farcinica brasiliensis henselae
quintana burgdorferi pallidum trachomatis genitalium burnetii melitensis abortus anthracis cereus tularensis
pestis pertussis diphtheriae albicans glabrata krusei parapsilosis tropicalis auris neoformans gattii fumigatus
flavus niger terreus capsulatum immitis dermatitidis gondii falciparum vivax histolytica lamblia intestinalis
granulosus multilocularis solium saginata mansoni haematobium vaginalis canis stercoralis lumbricoides
""")
_BINOMIAL = re.compile(r"(?<![\w.-])[A-Z]\.[ \t]?(?P<e>[A-Za-z]{4,16})(?![\w-])")
_GATE = NeedleGate(tuple(sorted(SPECIES_EPITHETS)), lower=True)
# A doctor's role after the name: "Dr. R. Niger, Oberarzt", "S. Mitis, Fachärztin", "S. Mitis, Leitende Ärztin"
# (read-through rt5-deid: the two-word role is written with a capital noun, which the first form missed).
_ROLE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:Ober|Fach|Assistenz|Chef|Stations|Dienst)(?:arzt|ärztin)"
    r"|Leitende[r]?[ \t]+(?:[Aa]rzt|[Ää]rztin))(?![\w-])"
)


def _a_person(text: str, start: int, end: int) -> bool:
    """Whether a title stands right before the binomial at `start`..`end` or a credential or role right after."""
    return (
        TITLE_BEFORE.search(text, max(0, start - 40), start + 1) is not None
        or credential_follows(text, end)
        or _ROLE_AFTER.match(text, end) is not None
    )


def species_keeps(text: str) -> list[tuple[int, int]]:
    """Keep ranges of the binomial abbreviations in `text` (an initial, a full stop, a listed epithet)."""
    if not _GATE.search(lowered_text(text)):
        return []
    return [
        m.span()
        for m in _BINOMIAL.finditer(text)
        if m.group("e").lower() in SPECIES_EPITHETS and not _a_person(text, m.start(), m.end())
    ]
