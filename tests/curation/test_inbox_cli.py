from pathlib import Path

import pytest

from curation.exports_watch import inbox_key
from curation.inbox_cli import inbox_lines
from curation.keys import Pseudonymizer
from radcurate.cli import main


def test_inbox_maps_keyed_names_to_folders(tmp_path: Path, pseudonymizer: Pseudonymizer, secret_env: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "export_a" / "s").mkdir(parents=True)
    (tmp_path / "export_a" / "s" / "IM1").write_bytes(b"x")
    (tmp_path / "export_a" / "EXPORT_COMPLETE").write_bytes(b"")
    (tmp_path / ".incoming").mkdir()                               # staging: not an export
    (line,) = inbox_lines(tmp_path, pseudonymizer, now=0.0)
    keyed = inbox_key(pseudonymizer)("export_a")
    assert line.startswith(f"{keyed}  export_a  files=2  marker=yes  last_write=") and keyed.startswith("w_")
    assert main(["inbox", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "window: 600 s" in out and f"{keyed}  export_a  files=2  marker=yes" in out
    assert main(["inbox", str(tmp_path / "missing")]) == 2
