"""fast_init: the same objects as a frozen dataclass's own __init__ makes, only cheaper."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, InitVar, dataclass, field

import pytest

from kgraph.frozen import fast_init
from kgraph.model import Mention, MentionKind, Span, Token


@fast_init
@dataclass(frozen=True, slots=True, order=True)
class _Fast:
    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    d: int = field(init=False, default=4)
    e: tuple[int, ...] = field(init=False, default_factory=tuple)
    f: int = field(init=False, repr=False, compare=False)
    g: bool = field(default=False, kw_only=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "f", self.a * 2)


@dataclass(frozen=True, slots=True, order=True)
class _Plain:
    a: int
    b: str = "b"
    c: list[int] = field(default_factory=list)
    d: int = field(init=False, default=4)
    e: tuple[int, ...] = field(init=False, default_factory=tuple)
    f: int = field(init=False, repr=False, compare=False)
    g: bool = field(default=False, kw_only=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "f", self.a * 2)


def _fields(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [((1,), {}), ((1, "x"), {}), ((1, "x", [3]), {"g": True}), ((), {"a": 2, "c": [1], "b": "y"})],
)
def test_frozen_fast_init_sets_what_the_generated_init_sets(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    fast, plain = _Fast(*args, **kwargs), _Plain(*args, **kwargs)  # type: ignore[arg-type]
    assert _fields(fast) == _fields(plain)
    assert repr(fast).replace("_Fast", "_Plain") == repr(plain)
    assert _Fast(1).c is not _Fast(1).c  # a new list each time, as default_factory makes


def test_frozen_fast_init_keeps_the_signature_and_frozenness() -> None:
    with pytest.raises(TypeError):
        _Fast(1, "x", [], True)  # type: ignore[misc]  # g is keyword-only
    with pytest.raises(TypeError):
        _Fast()  # type: ignore[call-arg]
    with pytest.raises(FrozenInstanceError):
        _Fast(1).a = 2  # type: ignore[misc]


def test_frozen_model_types_compare_hash_replace_and_pickle_as_before() -> None:
    span = Span(3, 8)
    tok = Token(span, "Kunde", "kunde", "kunde")
    mention = Mention(span, "Kunde", MentionKind.CLASS, "Customer", "nb", label="kunde")
    assert tok.is_word and not Token(span, "://", "://", "://").is_word
    assert mention.base == "" and mention.anaphor is False and mention.label == "kunde"
    assert dataclasses.replace(mention, anaphor=True).anaphor
    assert {span: 1}[Span(3, 8)] == 1 and Span(1, 2) < span
    for obj in (span, tok, mention):
        assert pickle.loads(pickle.dumps(obj)) == obj
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 2)  # __post_init__ still checks


def test_frozen_fast_init_refuses_an_initvar() -> None:
    @dataclass(frozen=True, slots=True)
    class WithInitVar:
        a: int
        b: InitVar[int]

    with pytest.raises(ValueError, match="InitVar"):
        fast_init(WithInitVar)
