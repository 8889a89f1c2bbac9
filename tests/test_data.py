"""Every shipped data file loads, validates and compiles (dateparser-style integrity checks)."""

from __future__ import annotations

from importlib import resources

import pytest
import regex

from policyparse.data import load_tsv, load_yaml
from policyparse.rules.patterns import expand

DATA = resources.files("policyparse.data")
TSV = sorted(p.name[:-4] for p in DATA.joinpath("lexicons").iterdir() if p.name.endswith(".tsv"))
YAML = sorted(p.name[:-5] for p in DATA.joinpath("patterns").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", TSV)
def test_data_tsv_loads_without_duplicate_rows(name: str) -> None:
    rows = load_tsv(name)
    assert rows, f"{name}.tsv is empty"
    keys = [tuple(r.values()) for r in rows]
    assert len(keys) == len(set(keys)), f"duplicate rows in {name}.tsv"


@pytest.mark.parametrize("name", YAML)
def test_data_yaml_patterns_compile(name: str) -> None:
    spec = load_yaml(name)
    assert isinstance(spec, dict)
    fragments = spec.get("fragments") or {}
    for pid, template in (spec.get("patterns") or {}).items():
        pattern = expand(str(template), fragments)  # raises on an unknown {FRAGMENT}
        lists = {n: ["词"] for n in regex.findall(r"\\L<(\w+)>", pattern)}
        assert regex.compile(pattern, regex.VERBOSE, **lists), pid


@pytest.mark.parametrize("name", TSV + YAML)
def test_data_file_documented(name: str) -> None:
    readme = DATA.joinpath("README.md").read_text(encoding="utf-8")
    assert name in readme, f"data/README.md does not describe {name}"


def test_data_files_are_packaged() -> None:
    from pathlib import Path

    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data/lexicons/*.tsv"' in pyproject and '"data/patterns/*.yaml"' in pyproject
