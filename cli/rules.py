"""`onboard-bot eligibility` and `onboard-bot ticket` (SPEC "Commands")."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot.config import Settings
from bot.parsing import (
    ParseError,
    parse_bool,
    parse_date,
    parse_industry,
    parse_int,
    parse_money,
    parse_support,
    parse_years,
)
from bot.storage import audit, open_db, transaction, utc_now
from bot.texts import both, t
from cli.common import EXIT_OK, BadInput
from rules.deposit import amount_in_capitals, deposit_for
from rules.eligibility import MarketVerdict, evaluate
from rules.markets import MARKET_IDS, get_market, resolve_market
from rules.profile import PROFILE_FIELDS, FieldError, ProfileError, validate_profile
from rules.ticket import TICKET_FIELDS, TICKET_PATH, TicketInvalid, render_ticket, validate_ticket

_TEXT_PARSERS: dict[str, Callable[[str], Any]] = {
    "bool": parse_bool,
    "money": parse_money,
    "int": parse_int,
    "support": parse_support,
    "industry": parse_industry,
    # Future dates are judged against --as-of by the rules, not against the wall clock here.
    "date": lambda text: parse_date(text, allow_future=True),
}


def normalize_answers(data: Mapping[str, Any]) -> dict[str, Any]:
    """Text values people write in JSON ("是", "100万", "5*8", "2019年3月1日") → canonical
    values, so `validate_profile` (strict) can check them. Unparseable text becomes a
    FieldError naming the key; other types pass through for validate_profile to judge."""
    result: dict[str, Any] = {}
    errors: list[FieldError] = []
    for key, value in data.items():
        spec = PROFILE_FIELDS.get(key)
        if spec is None:
            result[key] = value
            continue
        try:
            if spec.kind == "experience" and isinstance(value, Mapping):
                result[key] = {
                    market: parse_years(years) if isinstance(years, str) else years
                    for market, years in value.items()
                }
            elif isinstance(value, str) and spec.kind in _TEXT_PARSERS:
                result[key] = _TEXT_PARSERS[spec.kind](value)
            else:
                result[key] = value
        except ParseError as error:
            errors.append(
                FieldError(key, f"{key}（{spec.label_zh}）：{error.zh}", f"{key}: {error.en}")
            )
    if errors:
        raise ProfileError(errors)
    return result


def _profile_error_text(error: ProfileError) -> str:
    return "bad answers:\n" + "\n".join(f"  {e.zh}\n  {e.en}" for e in error.errors)


def resolve_markets(names: Sequence[str] | None) -> list[str]:
    if not names:
        return list(MARKET_IDS)
    resolved: list[str] = []
    for name in names:
        market_id = resolve_market(name)
        if market_id is None:
            raise BadInput(
                f"--market {name!r}: "
                + both("cli.rules.unknown_market")
                + f"; valid ids: {', '.join(MARKET_IDS)}"
            )
        if market_id not in resolved:
            resolved.append(market_id)
    return resolved


def _read_answers(path: str) -> dict[str, Any]:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise BadInput(f"--answers {path}: cannot read the file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise BadInput(f"--answers {path}: not UTF-8 text") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise BadInput(
            f"--answers {path}: not valid JSON at line {error.lineno} column {error.colno}: "
            f"{error.msg}"
        ) from None
    if not isinstance(data, dict):
        raise BadInput(f"--answers {path}: the answers must be a JSON object {{...}}")
    return data


def _as_of(args: argparse.Namespace, settings: Settings) -> date:
    if not args.as_of:
        return datetime.now(settings.tz).date()
    try:
        return date.fromisoformat(args.as_of)
    except ValueError:
        raise BadInput(f"--as-of {args.as_of!r}: expected a date YYYY-MM-DD") from None


def render_verdicts(verdicts: Sequence[MarketVerdict], as_of: date) -> str:
    """The human table: one block per market, Chinese labels with ids."""
    lines = [both("cli.rules.title", as_of=as_of.isoformat()), ""]
    for verdict in verdicts:
        market = get_market(verdict.market)
        # The conversation's words for the verdict, in both languages.
        status = both(f"verdict_word_{verdict.status}")
        deposit = both("cli.rules.deposit", amount=verdict.deposit)
        lines.append(f"{market.name} ({market.id}): {status}  {deposit}")
        for unmet in verdict.unmet:
            lines.append(f"  ✗ {unmet.key}: {unmet.reason_zh}")
            lines.append("      " + t("cli.rules.condition", "zh", condition=unmet.condition))
        if verdict.missing:
            labels = t("commission.list_separator", "zh").join(
                f"{PROFILE_FIELDS[key].label_zh} ({key})" for key in verdict.missing
            )
            lines.append("  ? " + both("cli.rules.missing", separator=" ") + f": {labels}")
        for note in verdict.notes:
            lines.append("  " + both("cli.rules.note", separator=" ") + f": {note}")
    eligible = [verdict.market for verdict in verdicts if verdict.status == "eligible"]
    lines.append("")
    if eligible:
        total = deposit_for(eligible)
        lines.append(
            both(
                "cli.rules.eligible_total",
                markets=", ".join(eligible),
                total=total,
                capitals=amount_in_capitals(total),
            )
        )
    else:
        lines.append(both("cli.rules.none_eligible"))
    return "\n".join(lines)


def cmd_eligibility(args: argparse.Namespace, settings: Settings) -> int:
    market_ids = resolve_markets(args.market)
    as_of = _as_of(args, settings)
    answers = _read_answers(args.answers)
    try:
        profile = validate_profile(normalize_answers(answers))
        verdicts = evaluate(profile, market_ids, as_of)
    except ProfileError as error:
        raise BadInput(f"--answers {args.answers}: {_profile_error_text(error)}") from None
    if args.json:
        payload = {"as_of": as_of.isoformat(), "markets": [v.to_json() for v in verdicts]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(render_verdicts(verdicts, as_of))
    return EXIT_OK


def cmd_ticket(args: argparse.Namespace, settings: Settings) -> int:
    market_ids = resolve_markets(args.market)
    raw = {name: getattr(args, name) for name in TICKET_FIELDS}
    try:
        fields = validate_ticket(raw)
    except TicketInvalid as invalid:
        details = "\n".join(f"  --{name}: {e.zh} / {e.en}" for name, e in invalid.errors.items())
        raise BadInput(f"ticket not created, fix these fields:\n{details}") from None
    text = render_ticket(market_ids, fields)
    amount = deposit_for(market_ids)
    db = open_db(settings.onboard_db)
    try:
        now = utc_now()
        with transaction(db):
            cursor = db.conn.execute(
                "INSERT INTO tickets (team_id, user_id, markets_json, amount, fields_json, text,"
                " status, created_at, finalized_at) VALUES (?, ?, ?, ?, ?, ?, 'final', ?, ?)",
                (
                    "cli",
                    "cli",
                    json.dumps(market_ids),
                    amount,
                    json.dumps(fields, ensure_ascii=False, sort_keys=True),
                    text,
                    now,
                    now,
                ),
            )
            audit(
                db,
                "cli",
                "ticket.final",
                f"ticket/{cursor.lastrowid}",
                {"markets": market_ids, "amount": amount},
            )
    finally:
        db.conn.close()
    # stdout is exactly the ticket text (scripts paste it); the hint goes to stderr.
    print(text)
    print(both("cli.rules.file_it_at") + f": {' > '.join(TICKET_PATH)}", file=sys.stderr)
    return EXIT_OK
