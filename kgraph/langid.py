"""Language identification for the five corpus languages; the only module importing py3langid."""

from __future__ import annotations

from functools import cache
from typing import Any

from kgraph.vocab import LANGUAGES

# py3langid says "no" for Norwegian; its model has no separate Bokmål code.
_TO_MODEL = {"nb": "no"}
_FROM_MODEL = {"no": "nb"}


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([_TO_MODEL.get(code, code) for code in LANGUAGES])
    return ident


def detect(text: str, *, default: str = "en") -> tuple[str, float]:
    """The most likely language of ``text`` among nb, sv, da, de, en, with its probability.

    Text without letters gets ``default`` with probability 0.
    """
    if not any(ch.isalpha() for ch in text):
        return default, 0.0
    best, probability = _identifier().classify(text)
    return _FROM_MODEL.get(best, best), float(probability)
