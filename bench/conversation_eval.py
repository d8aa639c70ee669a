"""Conversation evaluation: scripted vendor personas played against the engine, scored.

    .venv/bin/python -m bench.conversation_eval FILE.yaml [--json] [--verbose]

Each persona (format: docs/ANSWERS.md, "Conversation evaluation") talks to the real `Engine`
in-process, on a fresh in-memory database, with the clock at the persona's `as_of`. Which field
the bot is asking comes from the engine's own state (the pending question id, and whether a
value waits for a confirmation), never from the prompt text. Scores:

- wrong values stored: final profile values that differ from `expect_profile`, or values stored
  for a field the persona left unknown (goal 0);
- turns over the minimum: vendor messages beyond opening + one per asked field + one per
  interjection (goal: median <= 1);
- verdicts right: the stored verdict of every expected market equals `expect_verdicts`, and the
  markets checked are `expect_markets`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.conversation.state import ConversationState
from bot.conversation.store import latest_conversation, load_verdicts
from bot.storage import load_profile, open_db

MAX_TURNS = 120
UNKNOWN = {"zh": "不知道", "en": "I don't know"}
YES = {"zh": "是", "en": "yes"}


@dataclass
class Result:
    id: str
    turns: int = 0
    minimum: int = 0
    wrong: list[str] = field(default_factory=list)  # wrong values stored
    missing: list[str] = field(default_factory=list)  # expected values never stored
    verdict_errors: list[str] = field(default_factory=list)
    stuck: str | None = None  # why the persona could not go on
    transcript: list[tuple[str, str]] = field(default_factory=list)

    @property
    def extra(self) -> int:
        return max(self.turns - self.minimum, 0)

    @property
    def verdicts_right(self) -> bool:
        return not self.verdict_errors and self.stuck is None


def _field_key(qid: str) -> str:
    """Engine question id → persona key ("experience_years:api" → "experience_years.api")."""
    return qid.replace(":", ".")


def _truth(expect: Mapping[str, Any], key: str) -> Any:
    base, _, market = key.partition(".")
    value = expect.get(base)
    if market:
        return value.get(market) if isinstance(value, Mapping) else None
    return value


def _same(stored: Any, truth: Any) -> bool:
    if isinstance(truth, bool) or isinstance(stored, bool):
        return stored is truth or stored == truth and type(stored) is type(truth)
    if isinstance(truth, int | float | Decimal) or isinstance(stored, int | float | Decimal):
        try:
            return Decimal(str(stored)) == Decimal(str(truth))
        except ArithmeticError:
            return False
    return str(stored).strip().lower() == str(truth).strip().lower()


def _state(engine: Engine, key: ConversationKey) -> ConversationState:
    return latest_conversation(engine.db, key.team_id, key.user_id) or ConversationState()


def _flatten(profile: Mapping[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in profile.items():
        if isinstance(value, Mapping):
            for market, inner in value.items():
                flat[f"{key}.{market}"] = inner
        else:
            flat[key] = value
    return flat


def play(persona: Mapping[str, Any], settings: Settings) -> Result:
    result = Result(id=str(persona.get("id")))
    as_of = date.fromisoformat(str(persona.get("as_of") or "2021-01-20"))
    lang = "en" if persona.get("lang") == "en" else "zh"
    engine = Engine(open_db(memory=True), settings, today=lambda: as_of)
    key = ConversationKey("eval", result.id)
    answers: dict[str, list[str]] = {
        str(k): [str(line) for line in (v if isinstance(v, list) else [v])]
        for k, v in (persona.get("answers") or {}).items()
    }
    used: dict[str, int] = {}
    interjections = {
        str(item["before"]): str(item["say"]) for item in persona.get("interjections") or []
    }
    said_interjection: set[str] = set()
    expect = persona.get("expect_profile") or {}
    expect_markets = [str(m) for m in persona.get("expect_markets") or []]
    confirm = bool(persona.get("confirm"))
    asked_fields: set[str] = set()

    def say(text: str) -> None:
        result.turns += 1
        reply = engine.handle_text(key, text)
        result.transcript.append((text, reply.text))

    engine.start(key)
    say(str(persona.get("opening", "")))
    while result.turns < MAX_TURNS:
        state = _state(engine, key)
        if state.step in ("verdict", "done", "ticket_markets"):
            break
        if state.step == "choose_markets":
            if state.confirm_markets and sorted(state.confirm_markets) == sorted(expect_markets):
                say(YES[lang])
                continue
            if result.turns > 1 and any(
                t == ",".join(expect_markets) for t, _ in result.transcript
            ):
                result.stuck = "the markets were not understood"
                break
            say(",".join(expect_markets))  # the plainest possible answer: the ids
            continue
        if state.step == "confirm_known":
            say("继续" if lang == "zh" else "continue")
            continue
        qid = state.current_question
        if state.step != "question" or qid is None:
            result.stuck = f"unexpected step {state.step!r}"
            break
        field_key = _field_key(qid)
        asked_fields.add(field_key)
        confirming = state.confirming
        truth = _truth(expect, field_key)
        if confirming and confirming.get("slot") == qid and confirm and truth is not None:
            if _same(confirming.get("value"), truth):
                say(YES[lang])
                continue
        if field_key in interjections and field_key not in said_interjection:
            said_interjection.add(field_key)
            say(interjections[field_key])
            continue
        lines = answers.get(field_key)
        if lines is None:
            say(UNKNOWN[lang])  # the persona has no answer for a field it was not meant to see
            continue
        index = used.get(field_key, 0)
        if index >= len(lines):
            result.stuck = f"asked {field_key} again with no line left (after {lines[-1]!r})"
            break
        used[field_key] = index + 1
        say(lines[index])
    else:
        result.stuck = f"no verdict after {MAX_TURNS} turns"

    result.minimum = 1 + len(asked_fields) + len(said_interjection)
    _score(engine, key, persona, result, expect, expect_markets)
    return result


def _score(
    engine: Engine,
    key: ConversationKey,
    persona: Mapping[str, Any],
    result: Result,
    expect: Mapping[str, Any],
    expect_markets: list[str],
) -> None:
    approx = {str(k) for k in persona.get("approx") or []}
    stored = _flatten(load_profile(engine.db, key.team_id, key.user_id))
    truth = _flatten(expect)
    for name, value in stored.items():
        if name in truth:
            if name in approx or name.partition(".")[0] in approx:
                continue
            if not _same(value, truth[name]):
                result.wrong.append(f"{name}: stored {value!r}, truth {truth[name]!r}")
        else:
            result.wrong.append(f"{name}: stored {value!r}, the persona left it unknown")
    result.missing = [name for name in truth if name not in stored]
    state = _state(engine, key)
    if sorted(state.markets or state.last_markets) != sorted(expect_markets):
        result.verdict_errors.append(
            f"markets checked {state.markets or state.last_markets}, expected {expect_markets}"
        )
    verdicts = {row["market"]: row["status"] for row in load_verdicts(engine.db, "eval", result.id)}
    for market, status in (persona.get("expect_verdicts") or {}).items():
        if verdicts.get(market) != status:
            result.verdict_errors.append(f"{market}: {verdicts.get(market)} (expected {status})")


def evaluate(path: Path) -> tuple[list[Result], dict[str, Any]]:
    personas = yaml.safe_load(path.read_text(encoding="utf-8"))
    if isinstance(personas, Mapping):
        personas = personas.get("conversations") or list(personas.values())
    settings = Settings(_env_file=None)
    results = [play(persona, settings) for persona in personas]
    extras = [r.extra for r in results]
    summary = {
        "conversations": len(results),
        "wrong_values": sum(len(r.wrong) for r in results),
        "conversations_with_wrong_values": sum(1 for r in results if r.wrong),
        "verdicts_right": sum(1 for r in results if r.verdicts_right),
        "stuck": sum(1 for r in results if r.stuck),
        "median_extra_turns": statistics.median(extras) if extras else 0,
        "mean_extra_turns": round(statistics.mean(extras), 2) if extras else 0,
        "max_extra_turns": max(extras) if extras else 0,
        "missing_values": sum(len(r.missing) for r in results),
    }
    return results, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="the personas (YAML list)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--verbose", action="store_true", help="print failing transcripts")
    args = parser.parse_args(argv)
    results, summary = evaluate(args.file)
    if args.json:
        print(
            json.dumps(
                {
                    "summary": summary,
                    "results": [
                        {
                            "id": r.id,
                            "turns": r.turns,
                            "minimum": r.minimum,
                            "wrong": r.wrong,
                            "missing": r.missing,
                            "verdict_errors": r.verdict_errors,
                            "stuck": r.stuck,
                        }
                        for r in results
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in results:
        if r.wrong or r.verdict_errors or r.stuck or r.extra > 1:
            print(f"{r.id}: turns {r.turns} (minimum {r.minimum})")
            for line in [*r.wrong, *r.verdict_errors, *([r.stuck] if r.stuck else [])]:
                print(f"  - {line}")
            if args.verbose:
                for said, reply in r.transcript:
                    print(f"    > {said}\n      {reply[:300]!r}")
    print(
        f"{summary['conversations']} conversations: wrong values stored {summary['wrong_values']} "
        f"(in {summary['conversations_with_wrong_values']}), verdicts right "
        f"{summary['verdicts_right']}/{summary['conversations']}, stuck {summary['stuck']}, "
        f"extra turns median {summary['median_extra_turns']} (mean {summary['mean_extra_turns']}, "
        f"max {summary['max_extra_turns']}), expected values not stored "
        f"{summary['missing_values']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
