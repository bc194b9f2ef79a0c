"""Content-hash cache of translations, and the translator wrapper that uses it and checks for PHI.

An LLM translation is paid once per (text, source, target, backend, model, prompt version): the key is
a sha256 of those, the text itself is never stored, only its translation. The cache lives under
data_dir/cache/translate/ as one Parquet shard per writer (`reports-<export_id>`, `snippet_pairs`,
`image_text_pairs`): lookups read every shard, a writer rewrites only its own, so export partitions
running in parallel never overwrite each other's entries. Writes go through the atomic writer.

A translation that fails the PHI check is not stored: its key is kept as a "phi" marker with a null
translation (so it is not asked again) and the English column stays null; it is counted.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from curation.paths import DataPaths
from curation.phi_scan import PhiNeedles, scan_text
from curation.reports.translate import Translator, TranslatorInfo
from curation.tables.io import write_parquet_atomic
from curation.vqa.validate import regex_phi_check

log = logging.getLogger(__name__)

CACHE_SCHEMA = pa.schema([
    ("cache_key", pa.string()), ("source", pa.string()), ("target", pa.string()), ("backend", pa.string()),
    ("model", pa.string()), ("prompt_version", pa.string()), ("status", pa.string()),
    ("translation", pa.string()),
])
OK, PHI = "ok", "phi"
_SHARD = re.compile(r"^[A-Za-z0-9_.-]+$")
# Numbers, dates and times as runs of digits joined by . / : - ("14.05.2023", "12:30", "3").
_DIGIT_RUN = re.compile(r"\d+(?:[./:-]\d+)*")


def translation_key(text: str, source: str, target: str, info: TranslatorInfo) -> str:
    parts = [source, target, info.backend, info.model, info.prompt_version, text]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]


def cache_dir(paths: DataPaths) -> Path:
    return paths.data_dir / "cache" / "translate"


def _neutral(source_text: str, translation: str) -> str:
    """The translation with digit runs copied verbatim from the source replaced by "0"."""
    copied = set(_DIGIT_RUN.findall(source_text))
    return _DIGIT_RUN.sub(lambda m: "0" if m.group(0) in copied else m.group(0), translation)


def new_phi(source_text: str, translation: str, phi_check: Callable[[str], bool]) -> bool:
    """True when `phi_check` flags the translation once digit runs copied from the source are neutral.

    The source already passed de-identification: its shifted dates, sizes and series numbers reappear
    in any faithful translation and must not get it dropped.
    """
    return phi_check(_neutral(source_text, translation))


def translation_phi_check(needles: PhiNeedles | None = None) -> Callable[[str, str], bool]:
    """(source, translation) -> True when the translation carries PHI its de-identified source did not.

    The same three screens as `vqa.validate.scrubber_phi_check` (regex shapes, the vault's per-patient
    dictionary, the report scrubber's rules), applied to the translation with what it copied from the
    source made neutral: digit runs (above) and scrubber hits whose exact text the source contains. The
    scrubber's title rule flags the "Dr" of "Dr. med. [PERSON]" in every signed German report, which
    would otherwise drop all of them; a name the translator invents is not in the source and still counts.
    """
    from curation.deid.text.scrub import scrub_text

    def check(source_text: str, translation: str) -> bool:
        text = _neutral(source_text, translation)
        if regex_phi_check(text) or (needles is not None and scan_text(text, needles)):
            return True
        return any(span.label != "DATE" and text[span.start:span.end] not in source_text
                   for span in scrub_text(text, None, use_spacy=False).spans)

    return check


class TranslationCache:
    """All shards read once; `put` adds to this writer's shard; `save` rewrites that shard atomically."""

    def __init__(self, paths: DataPaths, shard: str) -> None:
        if not _SHARD.match(shard):
            raise ValueError(f"shard must be letters, digits, '_', '.', '-' only, got {shard!r}")
        self.path = cache_dir(paths) / f"{shard}.parquet"
        self._all: dict[str, dict] = {}
        self._own: dict[str, dict] = {}
        self._dirty = False
        folder = cache_dir(paths)
        for file in sorted(folder.glob("*.parquet")) if folder.is_dir() else []:
            rows = pq.read_table(file).cast(CACHE_SCHEMA).to_pylist()
            self._all.update((r["cache_key"], r) for r in rows)
            if file == self.path:
                self._own.update((r["cache_key"], r) for r in rows)

    def __contains__(self, key: str) -> bool:
        return key in self._all

    def __len__(self) -> int:
        return len(self._all)

    def get(self, key: str) -> tuple[str, str | None] | None:
        """(status, translation) for a key, or None when it was never translated."""
        row = self._all.get(key)
        return None if row is None else (row["status"], row["translation"])

    def put(self, key: str, source: str, target: str, info: TranslatorInfo, translation: str | None,
            status: str) -> None:
        if status not in (OK, PHI):
            raise ValueError(f"status must be {OK!r} or {PHI!r}, got {status!r}")
        row = {"cache_key": key, "source": source, "target": target, "backend": info.backend,
               "model": info.model, "prompt_version": info.prompt_version, "status": status,
               "translation": translation if status == OK else None}
        self._all[key] = self._own[key] = row
        self._dirty = True

    def save(self) -> Path | None:
        """Write this shard (sorted by key: same entries, same bytes); nothing to do when unchanged."""
        if not self._dirty:
            return None
        rows = [self._own[k] for k in sorted(self._own)]
        self._dirty = False
        return write_parquet_atomic(self.path, pa.Table.from_pylist(rows, schema=CACHE_SCHEMA))


@dataclass
class TranslationStats:
    """Per unique text: sent to the backend, served from the cache, dropped for PHI, failed requests."""

    sent: int = 0
    cached: int = 0
    dropped_phi: int = 0
    failed: int = 0

    def as_metadata(self) -> dict[str, int]:
        return {"translation_sent": self.sent, "translation_cached": self.cached,
                "translation_dropped_phi": self.dropped_phi, "translation_failed": self.failed}


class CachedTranslator:
    """A Translator that asks `inner` only for texts not in the cache and keeps only PHI-free answers.

    `phi_check(source, translation)` is True when the translation must be dropped
    (`translation_phi_check`).

    Failed requests (None from `inner`) are not cached, so the next materialization retries them.
    """

    def __init__(self, inner: Translator, cache: TranslationCache,
                 phi_check: Callable[[str, str], bool]) -> None:
        self.inner = inner
        self.cache = cache
        self.phi_check = phi_check
        self.info = inner.info
        self.stats = TranslationStats()

    def translate(self, texts: list[str], source: str = "de", target: str = "en") -> list[str | None]:
        keys = [translation_key(t, source, target, self.info) for t in texts]
        unique = dict(zip(keys, texts, strict=True))
        missing = {k: t for k, t in unique.items() if k not in self.cache}
        self.stats.cached += len(unique) - len(missing)
        failed: set[str] = set()
        if missing:
            answers = self.inner.translate(list(missing.values()), source=source, target=target)
            if len(answers) != len(missing):
                raise ValueError(f"translator returned {len(answers)} texts for {len(missing)} inputs")
            self.stats.sent += len(missing)
            for (key, text), answer in zip(missing.items(), answers, strict=True):
                if answer is None:
                    failed.add(key)
                elif self.phi_check(text, answer):
                    self.cache.put(key, source, target, self.info, None, PHI)
                else:
                    self.cache.put(key, source, target, self.info, answer, OK)
            self.cache.save()
        self.stats.failed += len(failed)
        self.stats.dropped_phi += sum(1 for k in unique if k not in failed and self.cache.get(k)[0] == PHI)
        out: list[str | None] = []
        for key in keys:
            hit = None if key in failed else self.cache.get(key)
            out.append(hit[1] if hit is not None and hit[0] == OK else None)
        if self.stats.dropped_phi or failed:
            log.info("translation: %d dropped for PHI, %d failed", self.stats.dropped_phi, len(failed))
        return out


def _no_export_chosen(source_text: str, translation: str) -> bool:
    raise RuntimeError("ExportTranslator: call for_exports(export_ids) before translating")


class ExportTranslator:
    """A corpus step's translator: one `CachedTranslator` (one cache, one tally), built on first use, whose PHI
    check is that of the export being recomputed (`for_exports`): the vault values of that export's patients
    and of the exports holding its images (`needles_for`), read only then, so the matcher follows one export,
    not the vault. The same per-export check as vqa_items (curation/vqa/part.py, `PhiCheckFor`).

    A translation found in the content-hash cache was checked against the patients of the export that first
    asked for it (an identical de-identified source text)."""

    def __init__(self, build: Callable[[Callable[[str, str], bool]], CachedTranslator | None],
                 needles_for: Callable[[tuple[str, ...]], PhiNeedles]) -> None:
        self._build = build
        self._needles_for = needles_for
        self._translator: CachedTranslator | None = None
        self._built = False
        self.exports: tuple[str, ...] | None = None  # whose PHI the check holds now

    def __call__(self) -> CachedTranslator | None:
        """The translator (None: translation not configured), for the metadata; built on the first call."""
        if not self._built:
            self._translator, self._built = self._build(_no_export_chosen), True
        return self._translator

    def for_exports(self, export_ids: tuple[str, ...]) -> CachedTranslator | None:
        """The translator, checking its answers for the PHI of the patients of `export_ids` only."""
        if not export_ids:
            raise ValueError("a per-export translation check needs at least one export id")
        translator = self()
        if translator is not None and self.exports != export_ids:
            translator.phi_check = translation_phi_check(self._needles_for(export_ids))
            self.exports = export_ids
        return translator
