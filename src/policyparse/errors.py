"""Coded errors and warnings, in one place (as spaCy's errors.py)."""

from __future__ import annotations


class PolicyparseError(ValueError):
    """Every error policyparse raises on purpose (a ValueError: bad input values or data)."""


class InputTypeError(PolicyparseError, TypeError):
    """An argument of the wrong type (e.g. bytes instead of str)."""


class Errors:
    """Error messages; each starts with its code."""

    E001 = "[PP001] Expected text as str, got {type}."
    E002 = (
        "[PP002] Cannot read doc_date {value!r}: give a datetime.date or 'YYYY-MM-DD'"
        " (also 2018/4/12, 2018年4月12日)."
    )
    E003 = "[PP003] Unknown segmenter {name!r}: choose 'pkuseg' or 'char'."
    E004 = (
        "[PP004] The pkuseg model was not found. Install it with:\n"
        "    pip install numpy cython wheel setuptools\n"
        "    pip install --no-build-isolation pkuseg==0.0.25\n"
        "or pass pkuseg_model=<folder with features.pkl and weights.npz>, "
        "or use load_pipeline(segmenter='char')."
    )
    E005 = "[PP005] doc_dates has {n_dates} entries but texts has more or fewer ({n_texts})."
    E006 = (
        "[PP006] Unknown table field {field!r}: "
        "choose priorities, items, dates, quantities, programs or officials."
    )
    E007 = "[PP007] to_frame() needs pandas: pip install 'policyparse[analytics]'."
    E010 = "[PP010] Data file {path} is missing from the package."
    E011 = "[PP011] Malformed row in {path}: {row}"
    E012 = "[PP012] Unknown pattern fragment {{{name}}}."
    E013 = "[PP013] Pattern {pid!r} in {name}.yaml does not compile: {err}"


class Warnings:
    """Warning messages; each starts with its code."""

    W001 = "[PP-W001] Input has {n} NUL or control characters; they are kept but never matched."
