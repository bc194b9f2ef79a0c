"""Staff names stay distinct from patients' even when an export has used every surname."""

from __future__ import annotations

import random

from curation.synth.people import LAST_NAMES, make_site


def test_site_staff_distinct_when_every_surname_is_taken() -> None:
    site = make_site(random.Random(1), set(LAST_NAMES))
    staff = [site.referring.last, site.performing.last, site.reporting.last, site.operator.last]
    assert len(set(staff)) == 4
    assert all("-" in name and name not in LAST_NAMES for name in staff)


def test_site_staff_single_surnames_when_some_are_free() -> None:
    site = make_site(random.Random(1), set(LAST_NAMES[:5]))
    staff = [site.referring.last, site.performing.last, site.reporting.last, site.operator.last]
    assert all(name in LAST_NAMES[5:] for name in staff) and len(set(staff)) == 4
