import datetime as dt

import pytest

from curation.keys import MissingSecretError, Pseudonymizer, load_secret


def test_same_patient_same_pseudonym_and_shift(pseudonymizer: Pseudonymizer) -> None:
    a = pseudonymizer.patient_pid("PAT0001234")
    assert a == pseudonymizer.patient_pid(" pat0001234 ")
    assert a != pseudonymizer.patient_pid("PAT0001235")
    shift = pseudonymizer.date_shift_days(a)
    assert shift % 7 == 0 and -3640 <= shift <= -182
    assert pseudonymizer.shift_date(dt.date(2024, 1, 17), a) == dt.date(2024, 1, 17) + dt.timedelta(days=shift)


def test_uid_form_and_domains(pseudonymizer: Pseudonymizer) -> None:
    uid = pseudonymizer.uid("1.2.826.0.1.3680043.8.498.1")
    assert uid.startswith("2.25.") and len(uid) <= 64 and uid[5:].isdigit()
    assert uid == pseudonymizer.uid("1.2.826.0.1.3680043.8.498.1\x00")
    assert pseudonymizer.token("a", "x") != pseudonymizer.token("b", "x")
    other = Pseudonymizer(b"another-secret-0123456789")
    assert other.uid("1.2.3") != pseudonymizer.uid("1.2.3")


def test_secret_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RADCURATE_SECRET", raising=False)
    with pytest.raises(MissingSecretError, match="refuses"):
        load_secret()
    with pytest.raises(ValueError, match="at least 16"):
        load_secret("short")
