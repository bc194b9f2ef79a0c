"""Keyed pseudonyms: patient/accession pseudonyms, replacement UIDs, per-patient date shifts, file ids.

Everything is an HMAC-SHA256 under one secret (RADCURATE_SECRET), so the same patient in two exports
gets the same pseudonym and the same date shift, and nobody without the key can reverse or recompute
them. Each kind of value has its own domain label, so a UID and an accession that happen to be equal
strings still map to unrelated outputs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import unicodedata
from dataclasses import dataclass, field

SECRET_ENV = "RADCURATE_SECRET"
MIN_SECRET_BYTES = 16
# Shifts are whole weeks so weekdays (and so weekday-dependent protocols) survive the shift.
SHIFT_MIN_WEEKS = 26
SHIFT_MAX_WEEKS = 520


class MissingSecretError(RuntimeError):
    """Raised when no HMAC key is configured: radcurate refuses to pseudonymize without one."""


def load_secret(value: str | bytes | None = None) -> bytes:
    """The HMAC key from `value` or RADCURATE_SECRET; refuses to run without one."""
    raw = value if value is not None else os.environ.get(SECRET_ENV)
    if not raw:
        raise MissingSecretError(
            f"{SECRET_ENV} is not set: radcurate refuses to pseudonymize without a secret key "
            "(set it, or run `radcurate demo`, which creates a demo key in the vault)")
    key = raw.encode("utf-8") if isinstance(raw, str) else raw
    if len(key) < MIN_SECRET_BYTES:
        raise ValueError(f"{SECRET_ENV} must be at least {MIN_SECRET_BYTES} bytes long")
    return key


def normalize_identifier(value: str) -> str:
    """Canonical form of an identifier before hashing: NFC, stripped, upper case."""
    return unicodedata.normalize("NFC", value).strip().upper()


@dataclass(frozen=True)
class Pseudonymizer:
    """All keyed mappings from raw identifiers to research identifiers."""

    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.secret, bytes) or len(self.secret) < MIN_SECRET_BYTES:
            raise ValueError(f"secret must be bytes of length >= {MIN_SECRET_BYTES}")

    def digest(self, domain: str, value: str) -> bytes:
        # surrogateescape: a file name that is not valid UTF-8 (surrogate-escaped by the OS layer) is
        # hashed as its bytes, the same bytes os.fsencode gives; valid text is unchanged.
        return hmac.new(self.secret, f"{domain}\x1f{value}".encode("utf-8", "surrogateescape"),
                        hashlib.sha256).digest()

    def token(self, domain: str, value: str, n_hex: int = 16) -> str:
        """A hex pseudonym of `value` in `domain`, `n_hex` characters long."""
        return self.digest(domain, value).hex()[:n_hex]

    def patient_pid(self, patient_id: str) -> str:
        if not patient_id or not patient_id.strip():
            raise ValueError("patient_id is empty: cannot pseudonymize")
        return "P" + self.token("patient", normalize_identifier(patient_id))

    def accession_pid(self, accession: str) -> str | None:
        if not accession or not accession.strip():
            return None
        return "A" + self.token("accession", normalize_identifier(accession))

    def uid(self, uid: str) -> str:
        """A replacement UID in the 2.25.<128-bit integer> form (at most 44 characters)."""
        if not uid or not uid.strip():
            raise ValueError("uid is empty: cannot replace")
        number = int.from_bytes(self.digest("uid", uid.strip().rstrip("\x00"))[:16], "big")
        return f"2.25.{number}"

    def file_id(self, relative_path: str) -> str:
        """The id of a file inside an export: HMAC of its POSIX relative path."""
        return "F" + self.token("file", relative_path, 24)

    def export_id(self, manifest_key: str) -> str:
        """Partition key of an export from its manifest (curation/export_identity.py): the export's
        content, never its folder name, so a copy under another name is the same partition."""
        return "exp_" + self.token("export", manifest_key, 12)

    def report_id(self, source_key: str) -> str:
        return "R" + self.token("report", source_key, 20)

    def date_shift_days(self, patient_pid: str) -> int:
        """Days (negative, whole weeks) every date of this patient is moved by."""
        weeks = SHIFT_MIN_WEEKS + int.from_bytes(self.digest("shift", patient_pid)[:4], "big") % (
            SHIFT_MAX_WEEKS - SHIFT_MIN_WEEKS + 1)
        return -7 * weeks

    def shift_date(self, value: dt.date, patient_pid: str) -> dt.date:
        return value + dt.timedelta(days=self.date_shift_days(patient_pid))

    @classmethod
    def from_env(cls, value: str | bytes | None = None) -> Pseudonymizer:
        return cls(load_secret(value))
