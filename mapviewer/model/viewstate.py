"""What the user is looking at: the selected statement or actor. Qt-free, so panels, the map and
briefing mode all follow one source of truth and never talk to each other directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Listener = Callable[[], None]


@dataclass
class Event:
    """A tiny Qt-free signal: a list of callbacks, called in order on ``emit``.

    >>> e = Event(); seen = []
    >>> e.connect(lambda: seen.append(1)); e.emit(); seen
    [1]
    """

    _listeners: list[Listener] = field(default_factory=list)

    def connect(self, listener: Listener) -> None:
        """Call ``listener`` on every emit until disconnected."""
        self._listeners.append(listener)

    def disconnect(self, listener: Listener) -> None:
        """Stop calling ``listener``; a listener that is not connected is ignored."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self) -> None:
        """Call every listener."""
        for listener in list(self._listeners):
            listener()


class ViewState:
    """The selection. Selecting a statement clears the actor focus, and the other way round.

    >>> vs = ViewState(["s1", "s2", "s3"])
    >>> vs.select_statement("s2"); vs.step(1); vs.selected_statement
    's3'
    >>> vs.select_actor("RUS"); (vs.selected_actor, vs.selected_statement)
    ('RUS', None)
    """

    def __init__(self, order: list[str] | None = None) -> None:
        self.order: list[str] = list(order or [])
        self.selected_statement: str | None = None
        self.selected_actor: str | None = None
        self.selection_changed = Event()

    def select_statement(self, statement_id: str | None) -> None:
        """Select one statement (or none). Emits only when something changes."""
        if statement_id == self.selected_statement and self.selected_actor is None:
            return
        self.selected_statement = statement_id
        self.selected_actor = None
        self.selection_changed.emit()

    def select_actor(self, actor_id: str | None) -> None:
        """Focus one actor (or none), which clears the statement selection."""
        if actor_id == self.selected_actor and self.selected_statement is None:
            return
        self.selected_actor = actor_id
        self.selected_statement = None
        self.selection_changed.emit()

    def clear(self) -> None:
        """Select nothing."""
        if self.selected_actor is None and self.selected_statement is None:
            return
        self.selected_actor = None
        self.selected_statement = None
        self.selection_changed.emit()

    def step(self, delta: int) -> None:
        """Move the statement selection ``delta`` places through ``order``, wrapping around.

        With nothing selected, a step forward selects the first statement, a step back the last.
        """
        if not self.order:
            return
        if self.selected_statement in self.order:
            i = (self.order.index(self.selected_statement) + delta) % len(self.order)
        else:
            i = 0 if delta >= 0 else len(self.order) - 1
        self.select_statement(self.order[i])
