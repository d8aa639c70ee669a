"""The flow table (bot/data/flow.yaml): steps, guarded moves, `back`, resume; checked at load.

`load_flow()` refuses a table with an unknown step, a step nothing leads to, a move to nowhere,
an unknown guard or a `back` to nowhere, so a broken table stops the program at start instead
of stranding a vendor mid-conversation. `FLOW` is the table the engine runs on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal, Protocol

import yaml


class ConversationState(Protocol):
    """What the guards read of bot.conversation.state.ConversationState (which imports this
    module, so it is not imported here)."""

    markets: list[str]
    pending: list[str]
    detour: str | None
    ticket_markets: list[str]
    ticket_fields: dict[str, str]


try:  # the C loader where PyYAML was built with libyaml
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _YamlLoader = yaml.SafeLoader

# What App Home shows for a step (types.Progress.step).
PROGRESS_VALUES = frozenset({"idle", "choose_markets", "question", "verdict", "ticket", "done"})
# `back` may name a step or one of these.
BACK_TO_SLOT = frozenset({"previous_slot", "last_slot"})


def _ticket_complete(state: ConversationState) -> bool:
    from rules.ticket import TICKET_FIELDS

    return bool(state.ticket_markets) and all(name in state.ticket_fields for name in TICKET_FIELDS)


# The predicates a move may be guarded by: each must hold once the move is made.
GUARDS: Mapping[str, Callable[[ConversationState], bool]] = {
    "always": lambda state: True,
    "has_markets": lambda state: bool(state.markets),
    "has_question": lambda state: bool(state.detour or state.pending),
    "has_ticket_markets": lambda state: bool(state.ticket_markets),
    "ticket_complete": _ticket_complete,
}


class FlowError(ValueError):
    """The flow table is inconsistent; the message names the step and what is wrong."""


@dataclass(frozen=True)
class Move:
    to: str
    when: str


@dataclass(frozen=True)
class StepSpec:
    name: str
    handler: str
    prompt: str
    progress: str
    moves: tuple[Move, ...]
    back: str | None = None
    back_else: str | None = None
    resume: bool = False
    ticket: bool = False
    numbered: bool = False


@dataclass(frozen=True)
class Flow:
    start: str
    steps: Mapping[str, StepSpec]
    anywhere: tuple[Move, ...]

    def step(self, name: str) -> StepSpec:
        return self.steps[name]

    def move(self, current: str, target: str) -> Move | None:
        """The move from `current` to `target` the table allows, or None."""
        for move in (*self.steps[current].moves, *self.anywhere):
            if move.to == target:
                return move
        return None

    def allows(self, current: str, target: str, state: ConversationState) -> bool:
        if target not in self.steps:
            return False
        if target == current:
            return True  # a step may always stay where it is (a repeated question)
        move = self.move(current, target)
        return move is not None and GUARDS[move.when](state)

    def steps_where(self, flag: Literal["resume", "ticket", "numbered"]) -> frozenset[str]:
        return frozenset(name for name, spec in self.steps.items() if getattr(spec, flag))


def _moves(raw: Any, where: str) -> tuple[Move, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FlowError(f"{where}: moves must be a list")
    moves = []
    for entry in raw:
        if not isinstance(entry, Mapping) or "to" not in entry:
            raise FlowError(f"{where}: a move needs `to` (and `when`): {entry!r}")
        moves.append(Move(to=str(entry["to"]), when=str(entry.get("when", "always"))))
    return tuple(moves)


def parse_flow(raw: Any, *, handlers: Callable[[str], bool] | None = None) -> Flow:
    """Build and check a flow table from its YAML data. `handlers(name)` says whether a
    handler (`_on_<name>`, `_prompt_<name>`) exists (the engine passes its own check)."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("steps"), Mapping):
        raise FlowError("the flow table needs `start` and `steps`")
    steps: dict[str, StepSpec] = {}
    for name, body in raw["steps"].items():
        if not isinstance(body, Mapping):
            raise FlowError(f"step {name!r}: expected a mapping")
        for required in ("handler", "prompt", "progress"):
            if not body.get(required):
                raise FlowError(f"step {name!r}: `{required}` is missing")
        steps[str(name)] = StepSpec(
            name=str(name),
            handler=str(body["handler"]),
            prompt=str(body["prompt"]),
            progress=str(body["progress"]),
            moves=_moves(body.get("moves"), f"step {name!r}"),
            back=body.get("back"),
            back_else=body.get("else"),
            resume=bool(body.get("resume", False)),
            ticket=bool(body.get("ticket", False)),
            numbered=bool(body.get("numbered", False)),
        )
    flow = Flow(
        start=str(raw.get("start", "")),
        steps=steps,
        anywhere=_moves(raw.get("anywhere"), "anywhere"),
    )
    _check(flow, handlers)
    return flow


def _check(flow: Flow, handlers: Callable[[str], bool] | None) -> None:
    if flow.start not in flow.steps:
        raise FlowError(f"start step {flow.start!r} is not a step")
    for spec in flow.steps.values():
        where = f"step {spec.name!r}"
        for move in spec.moves:
            if move.to not in flow.steps:
                raise FlowError(f"{where}: move to unknown step {move.to!r}")
            if move.when not in GUARDS:
                raise FlowError(f"{where}: unknown guard {move.when!r} on the move to {move.to!r}")
        if spec.progress not in PROGRESS_VALUES:
            raise FlowError(f"{where}: unknown progress {spec.progress!r}")
        for target in (spec.back, spec.back_else):
            if target is not None and target not in flow.steps and target not in BACK_TO_SLOT:
                raise FlowError(f"{where}: `back` leads to unknown step {target!r}")
        if handlers is not None and not handlers("_on_" + spec.handler):
            raise FlowError(f"{where}: no handler {spec.handler!r}")
        if handlers is not None and not handlers("_prompt_" + spec.prompt):
            raise FlowError(f"{where}: no prompt {spec.prompt!r}")
    for move in flow.anywhere:
        if move.to not in flow.steps:
            raise FlowError(f"anywhere: move to unknown step {move.to!r}")
        if move.when not in GUARDS:
            raise FlowError(f"anywhere: unknown guard {move.when!r} on the move to {move.to!r}")
    reached = {flow.start}
    frontier = [flow.start]
    while frontier:
        current = frontier.pop()
        for move in (*flow.steps[current].moves, *flow.anywhere):
            if move.to not in reached:
                reached.add(move.to)
                frontier.append(move.to)
    unreachable = sorted(set(flow.steps) - reached)
    if unreachable:
        raise FlowError(f"no move leads to step(s) {', '.join(unreachable)}")


def load_flow(text: str | None = None, *, handlers: Callable[[str], bool] | None = None) -> Flow:
    """The flow table from `text` (YAML) or bot/data/flow.yaml."""
    if text is None:
        text = resources.files("bot").joinpath("data/flow.yaml").read_text(encoding="utf-8")
    try:
        raw = yaml.load(text, Loader=_YamlLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise FlowError(f"bot/data/flow.yaml is not valid YAML: {exc}") from exc
    return parse_flow(raw, handlers=handlers)


FLOW: Flow = load_flow()

__all__ = ["FLOW", "GUARDS", "Flow", "FlowError", "Move", "StepSpec", "load_flow", "parse_flow"]
