"""Build the spaCy pipeline: Chinese tokenizer (pkuseg or per character) + policyparse stages."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from policyparse.errors import Errors, PolicyparseError

if TYPE_CHECKING:
    from spacy.language import Language

Segmenter = Literal["pkuseg", "char"]
SENTENCE_PUNCT = ["。", "！", "？", "；", "!", "?", ";"]
# Lexicons whose entries should stay single tokens under pkuseg.
USER_DICT_LEXICONS = ("organizations", "titles")


def find_pkuseg_model() -> Path | None:
    """The default model folder of the ``pkuseg`` package (0.0.25 sdist), or None."""
    spec = importlib.util.find_spec("pkuseg")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        folder = Path(root) / "models" / "default"
        if (folder / "weights.npz").exists() or (folder / "weights.msgpack").exists():
            return folder
    return None


def _user_dict_words() -> list[str]:
    from policyparse.data import load_words

    return sorted({w for name in USER_DICT_LEXICONS for w in load_words(name)})


def build_pipeline(
    segmenter: Segmenter = "pkuseg", *, pkuseg_model: str | Path | None = None
) -> Language:
    """A new spaCy ``Language`` with the policyparse components.

    Args:
        segmenter: ``"pkuseg"`` (word segmentation with the pkuseg default model) or ``"char"``
            (one token per character: no model, fast; extraction results are the same).
        pkuseg_model: a pkuseg model folder; default: the ``pkuseg`` package's own model.

    Raises:
        PolicyparseError: [PP003] for an unknown segmenter, [PP004] when no pkuseg model is found.
    """
    if segmenter not in ("pkuseg", "char"):
        raise PolicyparseError(Errors.E003.format(name=segmenter))
    model = None
    if segmenter == "pkuseg":
        model = Path(pkuseg_model) if pkuseg_model else find_pkuseg_model()
        if model is None or not model.exists() or importlib.util.find_spec("spacy_pkuseg") is None:
            raise PolicyparseError(Errors.E004)

    from spacy.lang.zh import Chinese

    import policyparse.components  # noqa: F401  (registers the factories)
    from policyparse.stages import STAGES

    nlp = Chinese.from_config({"nlp": {"tokenizer": {"segmenter": segmenter}}})
    if model is not None:
        tokenizer: Any = nlp.tokenizer
        tokenizer.initialize(pkuseg_model=str(model))
        tokenizer.pkuseg_update_user_dict(_user_dict_words())
    # Extraction is linear in character space; spaCy's 1M-character guard is for parsers.
    nlp.max_length = 10**9
    nlp.add_pipe("sentencizer", config={"punct_chars": SENTENCE_PUNCT})
    for stage in STAGES:
        nlp.add_pipe(f"policyparse_{stage}")
    return nlp
