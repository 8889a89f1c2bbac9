"""The example scripts run and print what they promise; the example notebooks execute."""

from __future__ import annotations

import json
import runpy
from pathlib import Path
from typing import Any

import pytest

EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "examples"
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES_DIR.glob("*.ipynb"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_run(path: Path, capsys, nlp_pkuseg) -> None:  # type: ignore[no-untyped-def]
    runpy.run_path(str(path), run_name="__main__")
    out = capsys.readouterr().out
    assert out.strip(), f"{path.name} printed nothing"


def _code_cells(path: Path) -> list[str]:
    """The code cells of a notebook (nbformat 4), IPython-only lines (% magics, ! shell) removed."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb.get("nbformat") == 4, f"{path.name} is not nbformat 4"
    cells = []
    for cell in nb["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = cell["source"]
        source = "".join(source) if isinstance(source, list) else source
        kept = [ln for ln in source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        cells.append("\n".join(kept))
    return cells


def test_notebooks_found() -> None:
    assert NOTEBOOKS, "no examples/*.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs(path: Path, monkeypatch, nlp_pkuseg) -> None:  # type: ignore[no-untyped-def]
    import pandas as pd

    cells = _code_cells(path)
    assert cells, f"{path.name} has no code cell"
    monkeypatch.chdir(EXAMPLES_DIR)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    for n, source in enumerate(cells, 1):
        try:
            exec(compile(source, f"{path.name}[code cell {n}]", "exec"), namespace)
        except Exception as exc:
            pytest.fail(f"{path.name}, code cell {n} raised {exc!r}")
    frames = {k: v for k, v in namespace.items() if isinstance(v, pd.DataFrame) and len(v)}
    assert frames, f"{path.name} built no non-empty DataFrame"
    if path.name == "corpus_analysis.ipynb":
        quantities = namespace["corpus_quantities"]
        assert isinstance(quantities, pd.DataFrame)
        assert {"doc", "text", "value", "unit", "kind"} <= set(quantities.columns)
        assert quantities["doc"].nunique() >= 3  # quantities from several corpus documents
        assert "3家左右" in set(quantities["text"])
        kinds = set(namespace["date_mentions"]["kind"])
        assert {"relative", "period", "holiday", "window"} <= kinds
        # holiday and window mentions are reported by extract_dates, not kept in Speech.dates
        assert not {"holiday", "window"} & {d.kind for d in namespace["in_speech"]}
