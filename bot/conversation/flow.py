"""The flow table (bot/data/flow.yaml): steps, guarded moves, `back`, resume; checked at load.

`load_flow()` refuses a table with an unknown step, a step nothing leads to, a step with no way
back to the start, a move to nowhere, an unknown guard, a move made by an unknown handler, a
group without its reason or a `back` to nowhere, so a broken table stops the program at start instead
of stranding a vendor mid-conversation. `FLOW` is the table the engine runs on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
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
    ticket_pending: list[str]
    ticket_detour: str | None


try:  # the C loader where PyYAML was built with libyaml
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _YamlLoader = yaml.SafeLoader

# What App Home shows for a step (types.Progress.step).
PROGRESS_VALUES = frozenset({"idle", "choose_markets", "question", "verdict", "ticket", "done"})
# What `status` / App Home say about a ticket being drafted (types.Progress.ticket_status).
TICKET_STATUS_VALUES = frozenset({"drafting", "review"})
# `back` may name a step or one of these.
BACK_TO_SLOT = frozenset({"previous_slot", "last_slot"})


def _ticket_complete(state: ConversationState) -> bool:
    from rules.ticket import TICKET_FIELDS

    return bool(state.ticket_markets) and all(name in state.ticket_fields for name in TICKET_FIELDS)


def _walkthrough_cleared(state: ConversationState) -> bool:
    """Nothing under way: no markets, no question waiting, no ticket being drafted."""
    return not (
        state.markets
        or state.pending
        or state.detour
        or state.ticket_markets
        or state.ticket_pending
        or state.ticket_detour
    )


# The predicates a move may be guarded by: each must hold once the move is made.
GUARDS: Mapping[str, Callable[[ConversationState], bool]] = {
    "always": lambda state: True,
    "has_markets": lambda state: bool(state.markets),
    "no_markets": lambda state: not state.markets,
    "has_question": lambda state: bool(state.detour or state.pending),
    "has_detour": lambda state: bool(state.detour),
    "has_ticket_markets": lambda state: bool(state.ticket_markets),
    "ticket_complete": _ticket_complete,
    "walkthrough_cleared": _walkthrough_cleared,
}


class FlowError(ValueError):
    """The flow table is inconsistent; the message names the step and what is wrong."""


@dataclass(frozen=True)
class Move:
    to: str
    when: str
    # The step handlers, before-step jobs or commands that make this move.
    by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """Moves several steps make for one reason (cancel, restart, change an answer, …)."""

    name: str
    reason: str
    from_steps: tuple[str, ...]
    moves: tuple[Move, ...]


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
    journey: bool = False
    ticket_status: str | None = None


@dataclass(frozen=True)
class Flow:
    start: str
    steps: Mapping[str, StepSpec]
    groups: Mapping[str, Group] = field(default_factory=dict)
    # What every message passes through before its step's handler, in order (`_before_<job>`).
    before_step: tuple[str, ...] = ()
    # The commands (`_command_<name>`), in the order they are tried.
    commands: tuple[str, ...] = ()

    def step(self, name: str) -> StepSpec:
        return self.steps[name]

    def moves_from(self, current: str) -> tuple[Move, ...]:
        """Every move the table lists from `current`: its own, then its groups'."""
        grouped = (
            move
            for group in self.groups.values()
            if current in group.from_steps
            for move in group.moves
        )
        return (*self.steps[current].moves, *grouped)

    def move(self, current: str, target: str) -> Move | None:
        """The first move from `current` to `target` the table lists, or None."""
        return next((m for m in self.moves_from(current) if m.to == target), None)

    def allows(self, current: str, target: str, state: ConversationState) -> bool:
        if target not in self.steps:
            return False
        if target == current:
            return True  # a step may always stay where it is (a repeated question)
        return any(
            move.to == target and GUARDS[move.when](state) for move in self.moves_from(current)
        )

    def allowed_pairs(self) -> frozenset[tuple[str, str]]:
        """The ordered pairs of distinct steps some move connects (whatever its predicate)."""
        return frozenset(
            (current, move.to)
            for current in self.steps
            for move in self.moves_from(current)
            if move.to != current
        )

    def steps_where(
        self, flag: Literal["resume", "ticket", "numbered", "journey"]
    ) -> frozenset[str]:
        return frozenset(name for name, spec in self.steps.items() if getattr(spec, flag))

    def handler_names(self) -> frozenset[str]:
        """Every name a move's `by` may use: step handlers, before-step jobs, commands."""
        return frozenset(
            {spec.handler for spec in self.steps.values()} | set(self.before_step)
        ) | frozenset(self.commands)


def _names(raw: Any, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        return (raw,)
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise FlowError(f"{where}: expected a list of names, got {raw!r}")
    return tuple(raw)


def _moves(raw: Any, where: str) -> tuple[Move, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FlowError(f"{where}: moves must be a list")
    moves = []
    for entry in raw:
        if not isinstance(entry, Mapping) or "to" not in entry or "when" not in entry:
            raise FlowError(f"{where}: a move needs `to` and `when`: {entry!r}")
        moves.append(
            Move(
                to=str(entry["to"]),
                when=str(entry["when"]),
                by=_names(entry.get("by"), f"{where}: `by` of the move to {entry['to']!r}"),
            )
        )
    return tuple(moves)


def _groups(raw: Any) -> dict[str, Group]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise FlowError("`groups` must map a group's name to its reason, steps and moves")
    groups = {}
    for name, body in raw.items():
        where = f"group {name!r}"
        if not isinstance(body, Mapping):
            raise FlowError(f"{where}: expected a mapping")
        if not str(body.get("reason") or "").strip():
            raise FlowError(f"{where}: `reason` is missing (say why these steps share the moves)")
        from_steps = _names(body.get("from"), f"{where}: `from`")
        if not from_steps:
            raise FlowError(f"{where}: `from` names no step")
        groups[str(name)] = Group(
            name=str(name),
            reason=str(body["reason"]),
            from_steps=from_steps,
            moves=_moves(body.get("moves"), where),
        )
    return groups


def parse_flow(raw: Any, *, handlers: Callable[[str], bool] | None = None) -> Flow:
    """Build and check a flow table from its YAML data. `handlers(name)` says whether a
    method (`_on_<name>`, `_prompt_<name>`, `_before_<name>`, `_command_<name>`) exists (the
    engine passes its own check)."""
    if not isinstance(raw, Mapping) or not isinstance(raw.get("steps"), Mapping):
        raise FlowError("the flow table needs `start` and `steps`")
    if "anywhere" in raw:
        raise FlowError(
            "`anywhere` is gone: list each move under its step, or in a group with its reason"
        )
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
            journey=bool(body.get("journey", False)),
            ticket_status=body.get("ticket_status"),
        )
    flow = Flow(
        start=str(raw.get("start", "")),
        steps=steps,
        groups=_groups(raw.get("groups")),
        before_step=_names(raw.get("before_step"), "before_step"),
        commands=_names(raw.get("commands"), "commands"),
    )
    _check(flow, handlers)
    return flow


def _check_moves(flow: Flow, moves: tuple[Move, ...], where: str) -> None:
    known = flow.handler_names()
    for move in moves:
        if move.to not in flow.steps:
            raise FlowError(f"{where}: move to unknown step {move.to!r}")
        if move.when not in GUARDS:
            raise FlowError(f"{where}: unknown guard {move.when!r} on the move to {move.to!r}")
        unknown = [name for name in move.by if name not in known]
        if unknown:
            raise FlowError(
                f"{where}: the move to {move.to!r} is made by unknown handler(s) {unknown}"
            )


def _check(flow: Flow, handlers: Callable[[str], bool] | None) -> None:
    if flow.start not in flow.steps:
        raise FlowError(f"start step {flow.start!r} is not a step")
    for spec in flow.steps.values():
        where = f"step {spec.name!r}"
        _check_moves(flow, spec.moves, where)
        if spec.progress not in PROGRESS_VALUES:
            raise FlowError(f"{where}: unknown progress {spec.progress!r}")
        if spec.ticket_status is not None and spec.ticket_status not in TICKET_STATUS_VALUES:
            raise FlowError(f"{where}: unknown ticket_status {spec.ticket_status!r}")
        for target in (spec.back, spec.back_else):
            if target is not None and target not in flow.steps and target not in BACK_TO_SLOT:
                raise FlowError(f"{where}: `back` leads to unknown step {target!r}")
        if handlers is not None and not handlers("_on_" + spec.handler):
            raise FlowError(f"{where}: no handler {spec.handler!r}")
        if handlers is not None and not handlers("_prompt_" + spec.prompt):
            raise FlowError(f"{where}: no prompt {spec.prompt!r}")
    for group in flow.groups.values():
        where = f"group {group.name!r}"
        unknown_steps = [name for name in group.from_steps if name not in flow.steps]
        if unknown_steps:
            raise FlowError(f"{where}: `from` names unknown step(s) {unknown_steps}")
        _check_moves(flow, group.moves, where)
    for kind, prefix, names in (
        ("before-step job", "_before_", flow.before_step),
        ("command", "_command_", flow.commands),
    ):
        if len(set(names)) != len(names):
            raise FlowError(f"a {kind} is listed twice: {list(names)}")
        for name in names:
            if handlers is not None and not handlers(prefix + name):
                raise FlowError(f"no {kind} {name!r} (`{prefix}{name}`)")
    reached = _reachable(flow, flow.start, forward=True)
    unreachable = sorted(set(flow.steps) - reached)
    if unreachable:
        raise FlowError(f"no move leads to step(s) {', '.join(unreachable)}")
    stranded = sorted(set(flow.steps) - _reachable(flow, flow.start, forward=False))
    if stranded:
        raise FlowError(f"no way back to {flow.start!r} from step(s) {', '.join(stranded)}")


def _reachable(flow: Flow, origin: str, *, forward: bool) -> set[str]:
    """The steps reachable from `origin` (forward) or that can reach it (not forward)."""
    edges = flow.allowed_pairs()
    if not forward:
        edges = frozenset((target, current) for current, target in edges)
    reached = {origin}
    frontier = [origin]
    while frontier:
        current = frontier.pop()
        for source, target in edges:
            if source == current and target not in reached:
                reached.add(target)
                frontier.append(target)
    return reached


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

__all__ = [
    "FLOW",
    "GUARDS",
    "Flow",
    "FlowError",
    "Group",
    "Move",
    "StepSpec",
    "load_flow",
    "parse_flow",
]
