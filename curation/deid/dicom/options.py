"""Options of the DICOM de-identifier (PS3.15 E.3) and how they are recorded in the output."""

from __future__ import annotations

from dataclasses import dataclass, field

# (column in Table E.1-1, DCM code, code meaning) for each option we implement.
OPTION_CODES: dict[str, tuple[str, str]] = {
    "basic": ("113100", "Basic Application Confidentiality Profile"),
    "clean_descriptors": ("113105", "Clean Descriptors Option"),
    "retain_long_full_dates": ("113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    "retain_long_modified_dates": ("113107", "Retain Longitudinal Temporal Information Modified Dates Option"),
    "retain_patient_characteristics": ("113108", "Retain Patient Characteristics Option"),
    "retain_device_identity": ("113109", "Retain Device Identity Option"),
    "retain_uids": ("113110", "Retain UIDs Option"),
    "retain_safe_private": ("113111", "Retain Safe Private Option"),
    "retain_institution_identity": ("113112", "Retain Institution Identity Option"),
}


@dataclass(frozen=True)
class DeidOptions:
    """Which PS3.15 options apply; the defaults are the project's sharing profile (issue 3).

    Dates are shifted per patient by the same keyed shift the reports get, patient sex/age/size/weight
    stay (age computed from birth date and study date before the birth date goes), descriptors are
    kept only after scrubbing, device identity goes.
    """

    retain_long_modified_dates: bool = True
    retain_long_full_dates: bool = False
    retain_patient_characteristics: bool = True
    clean_descriptors: bool = True
    retain_device_identity: bool = False
    retain_institution_identity: bool = False
    retain_uids: bool = False
    retain_safe_private: bool = True
    # SOP classes whose instances may reach image outputs although they are known to carry burned-in text.
    burned_in_allow_sop_classes: frozenset[str] = field(default_factory=frozenset)
    # Ages above this are written as this (HIPAA Safe Harbor groups everyone over 89).
    max_age_years: int = 90

    def __post_init__(self) -> None:
        if self.retain_long_modified_dates and self.retain_long_full_dates:
            raise ValueError("retain_long_modified_dates and retain_long_full_dates exclude each other")
        if not isinstance(self.burned_in_allow_sop_classes, frozenset):
            object.__setattr__(self, "burned_in_allow_sop_classes", frozenset(self.burned_in_allow_sop_classes))
        if self.max_age_years < 1:
            raise ValueError("max_age_years must be >= 1")

    @property
    def enabled_columns(self) -> frozenset[str]:
        """The Table E.1-1 option columns switched on."""
        return frozenset(name for name in OPTION_CODES if name != "basic" and getattr(self, name))

    def method_codes(self) -> list[tuple[str, str]]:
        """(code value, meaning) of the profile and each enabled option, in code order."""
        names = ["basic", *sorted(self.enabled_columns)]
        return sorted((OPTION_CODES[n] for n in names), key=lambda c: c[0])
