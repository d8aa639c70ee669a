"""`onboard-bot console`: the conversation core in a terminal.

Interactive: a greeting, a "> " prompt, choices as numbered lines; Ctrl-D, `exit` or `quit`
ends. Piped stdin: no greeting and no prompt, one line in and its reply out, replies separated
by a blank line, exit 0 at end of input. With `--staff`, `/vendor …` and `/commission …` lines
run the staff commands; `/onboard [help|status]` works for everyone.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sqlite3
import sys
import time
from typing import TextIO

import sqlite_utils

from bot.case_store import open_case_of
from bot.cases import apply_vendor_case_action, undelivered_answers, vendor_case_action
from bot.config import Settings
from bot.conversation import CONSOLE_TEAM, ConversationKey, Engine, Reply
from bot.notify import enqueue_notifications
from bot.slack_text import unescape_entities
from bot.staff import run_staff_command
from bot.storage import open_db, transaction
from bot.texts import both, t

EXIT_WORDS = frozenset({"exit", "quit", "退出", ":q"})
STAFF_COMMANDS = ("/vendor", "/commission")


def render(reply: Reply) -> str:
    """A reply as terminal text: the text, then the choices as numbered lines."""
    lines = [reply.text]
    # Menus such as the market menu are already numbered in the text; do not print them twice.
    already_listed = all(
        f"{number}. {choice.label}" in reply.text for number, choice in enumerate(reply.choices, 1)
    ) or (
        # The summary of answers on file numbers each item in the text ("2. 注册资金：80万元"),
        # its choices being "2. 修改 注册资金": the same list twice (black-box 46, D22).
        len(reply.choices) > 2
        and all(
            re.search(rf"(?m)^\s*{number}\. ", reply.text)
            for number in range(1, len(reply.choices) + 1)
        )
        # (Its first line is the first choice: a verdict's numbered joining steps are another
        # list, and its menu is still printed — black-box 48, D26.)
        # ("1. continue (use these answers)" beside the choice "Continue": any case — black-box
        # s59 D27, the English list printed twice.)
        and re.search(rf"(?mi)^\s*1\. {re.escape(reply.choices[0].label)}", reply.text) is not None
    )
    if reply.choices and not already_listed:
        lines.append("")
        lines += [f"  {number}. {choice.label}" for number, choice in enumerate(reply.choices, 1)]
        if reply.multi_select:
            # In the reply's language only (black-box 51, D26: both, Chinese first, in an
            # English talk).
            lines.append("  " + t("cli.console.several_allowed", reply.lang))
    return "\n".join(lines)


_FENCE = re.compile(r"^```\n?|\n?```$", re.MULTILINE)
_BOLD = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_MENTION = re.compile(r"<([@#!])([^>|]+)(?:\|([^>]*))?>")
_LINK = re.compile(r"<(https?://[^>|]+)\|([^>]+)>")
_EMOJI = {":white_check_mark:": "✅", ":x:": "❌", ":no_entry:": "⛔", ":warning:": "⚠️"}


def plain_text(mrkdwn: str) -> str:
    """Slack mrkdwn as a terminal shows it: no *bold*/`code` marks or code fences, mentions
    as @name, links as "label (url)", and &amp; &lt; &gt; back to & < >."""
    text = _FENCE.sub("", mrkdwn)
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _MENTION.sub(lambda m: m.group(3) or (m.group(1).replace("!", "@") + m.group(2)), text)
    text = _BOLD.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    for code, emoji in _EMOJI.items():
        text = text.replace(code, emoji)
    return unescape_entities(text)


def _staff_reply(db: sqlite_utils.Database, settings: Settings, actor: str, line: str) -> str:
    command, _, rest = line.partition(" ")
    return plain_text(_run_staff(db, settings, actor, command, rest))


def _run_staff(
    db: sqlite_utils.Database, settings: Settings, actor: str, command: str, rest: str
) -> str:
    return asyncio.run(
        run_staff_command(
            db,
            settings,
            actor=actor,
            team_id=CONSOLE_TEAM,
            command=command,
            text=rest.strip(),
        )
    )


def respond(
    engine: Engine,
    db: sqlite_utils.Database,
    settings: Settings,
    key: ConversationKey,
    line: str,
    *,
    staff: bool,
) -> str:
    """The console's answer to one input line."""
    stripped = line.strip()
    if stripped.startswith("/onboard"):
        argument = stripped.removeprefix("/onboard").strip()
        if not argument:
            return render(engine.start(key))
        return render(engine.handle_text(key, argument))
    if stripped.startswith(STAFF_COMMANDS):
        if not staff:
            return both("cli.console.staff_only")
        try:
            return _staff_reply(db, settings, key.user_id, stripped)
        except Exception as error:  # a staff command bug must not end the vendor's chat
            return f"staff command failed: {error}"
    answered = _case_reply(engine, db, key, stripped)
    if answered is not None:
        return answered
    window = settings.onboard_handoff_merge_minutes * 60

    def open_cases(conn: sqlite3.Connection, reply: Reply) -> None:
        # A hand-off becomes a help-desk case (bot/cases.py) in the turn's own transaction,
        # so `console --staff` (or Slack staff) can answer it.
        handoffs = [n for n in reply.notifications if n.kind == "handoff"]
        if handoffs:
            enqueue_notifications(conn, handoffs, handoff_window_seconds=window)

    return render(engine.handle_text(key, line, on_commit=open_cases))


def _case_reply(
    engine: Engine, db: sqlite_utils.Database, key: ConversationKey, text: str
) -> str | None:
    """With a help-desk case open: "解决了 / solved" closes it, a follow-up goes to staff
    (bot/cases.py, as in Slack); None leaves the line to the conversation."""
    if not text or open_case_of(db, key.team_id, key.user_id) is None:
        return None
    progress = engine.progress(key.team_id, key.user_id)
    found = vendor_case_action(db, key.team_id, key.user_id, text, step=progress.step)
    if found is None:
        return None
    case, action = found
    with transaction(db) as conn:
        apply_vendor_case_action(conn, case, action, text, f"console:{time.time_ns()}")
    return t(action, progress.lang, id=case.id)


def staff_answers(db: sqlite_utils.Database, key: ConversationKey) -> str:
    """Staff answers that arrived since the last prompt (another console or Slack staff
    answered this vendor's case), marked as coming from staff; '' when none."""
    return "\n\n".join(undelivered_answers(db, key.team_id, key.user_id))


def chat(
    engine: Engine,
    db: sqlite_utils.Database,
    settings: Settings,
    key: ConversationKey,
    *,
    staff: bool,
    stdin: TextIO,
    stdout: TextIO,
    interactive: bool,
) -> int:
    greeting = engine.start(key)
    if interactive:
        print(render(greeting), file=stdout, flush=True)
    while True:
        arrived = staff_answers(db, key)
        if arrived:
            print(arrived + "\n", file=stdout, flush=True)
        if interactive:
            try:
                line = input("> ")
            except EOFError:
                print(file=stdout)
                return 0
        else:
            line = stdin.readline()
            if not line:
                return 0
            line = line.rstrip("\n")
        if line.strip().lower() in EXIT_WORDS:
            return 0
        text = respond(engine, db, settings, key, line, staff=staff)
        if interactive:
            print(text + "\n", file=stdout, flush=True)
        else:
            print(text, file=stdout)
            print(file=stdout, flush=True)


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    db = open_db(settings.onboard_db)
    engine = Engine(db, settings)
    key = ConversationKey(CONSOLE_TEAM, getattr(args, "user", None) or "console-user")
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    try:
        return chat(
            engine,
            db,
            settings,
            key,
            staff=bool(getattr(args, "staff", False)),
            stdin=sys.stdin,
            stdout=sys.stdout,
            interactive=interactive,
        )
    except KeyboardInterrupt:
        print(file=sys.stdout)
        return 0
    finally:
        db.conn.close()
