"""A small name-keyed registry for plugins (extractors, exporters), with lazy entry-point loading."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from kgraph.errors import UnknownPluginError

T = TypeVar("T")


class Registry(Generic[T]):
    """Maps names to factories. Built-ins register with the decorator, third parties via entry points.

    Args:
        kind: what the registry holds, for messages ("extractor").
        group: the entry-point group third-party packages use ("kgraph.extractors").
    """

    def __init__(self, kind: str, group: str) -> None:
        self.kind = kind
        self.group = group
        self._factories: dict[str, Callable[[], T]] = {}
        self._loaded_entry_points = False

    def register(self, name: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
        """Decorator: register ``factory`` under ``name`` (a later registration replaces it)."""

        def decorate(factory: Callable[[], T]) -> Callable[[], T]:
            self._factories[name] = factory
            return factory

        return decorate

    def _load_entry_points(self) -> None:
        if self._loaded_entry_points:
            return
        self._loaded_entry_points = True
        for ep in entry_points(group=self.group):
            self._factories.setdefault(ep.name, ep.load)

    def names(self) -> list[str]:
        """All registered names, sorted."""
        self._load_entry_points()
        return sorted(self._factories)

    def get(self, name: str) -> T:
        """Build the plugin registered as ``name``.

        Raises:
            UnknownPluginError: no plugin has that name; the message lists the available ones.
        """
        self._load_entry_points()
        try:
            factory = self._factories[name]
        except KeyError:
            available = ", ".join(self.names()) or "none"
            raise UnknownPluginError(
                f"Unknown {self.kind} '{name}'. Available: {available}",
                hint=f"Choose one of: {available}",
            ) from None
        return factory()

    def __contains__(self, name: object) -> bool:
        self._load_entry_points()
        return name in self._factories

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
