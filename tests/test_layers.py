"""The design card's layers import one way: radcurate -> training -> assets -> resources -> curation."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ORDER = ["radcurate", "training", "assets", "resources", "curation"]


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("layer", ORDER)
def test_imports_point_down_only(layer):
    above = set(ORDER[: ORDER.index(layer)])
    offenders = {str(p.relative_to(ROOT)): sorted(imported_packages(p) & above)
                 for p in (ROOT / layer).rglob("*.py") if imported_packages(p) & above}
    assert not offenders, f"{layer} imports a layer above it: {offenders}"


def test_curation_has_no_dagster_import():
    # dagster-pipes (the protocol a launched job speaks, not the framework) is allowed in job scripts.
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "curation").rglob("*.py")
                 if imported_packages(p) & {"dagster", "dagster_webserver"}]
    assert not offenders, offenders


def test_layers_are_top_level_packages():
    for layer in ORDER:
        assert (ROOT / layer / "__init__.py").is_file(), layer
    assert (ROOT / "dagster_workspace.yaml").is_file() and (ROOT / "pyproject.toml").is_file()
