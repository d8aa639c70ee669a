"""The commands that work at any step (bot/i18n.py COMMANDS names their words; the flow
table's `commands` lists them): help, back, restart, cancel, status, start / hello, details;
and `Engine.progress`, the status App Home shows. Hand-off (`human`) and the language choice
(`english`, `chinese`) live in handoff.py and language.py. Mixed into `Engine`
(bot/conversation/engine.py); each command is `_command_<name>`, returning None when it does
not apply at the step (the message then goes on)."""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlite_utils

from bot.conversation import questions as q
from bot.conversation.flow import FLOW
from bot.conversation.form_runner import TICKET_PLACE, end_detour
from bot.conversation.helpers import markets_named
from bot.conversation.state import (
    CHOOSE_MARKETS,
    CONFIRM_KNOWN,
    IDLE,
    PROGRESS_STEP,
    QUESTION,
    TICKET_FIELD,
    TICKET_MARKETS,
    TICKET_REVIEW,
    VERDICT,
    ConversationState,
    moving_as,
)
from bot.conversation.store import latest_conversation, latest_ticket, load_verdicts
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import MarketProgress, Progress, Reply
from bot.i18n import COMMANDS, t
from bot.storage import load_profile
from rules.deposit import deposit_for
from rules.markets import MARKET_IDS
from rules.ticket import TICKET_FIELDS

# Steps where the vendor has something under way that "welcome back" can resume.
RESUMABLE_STEPS: frozenset[str] = FLOW.steps_where("resume")
# Steps that show or collect ticket data: cancel keeps what was filled in as a draft.
_TICKET_STEPS: frozenset[str] = FLOW.steps_where("ticket")
# Where a check under way may stand aside: the ticket's steps and its market question.
_CHECK_LEFT_STEPS: frozenset[str] = _TICKET_STEPS | {TICKET_MARKETS}

# Leaving for now, in words: "先不弄了，等交完再说", "not now, I'll do it later".
# (Only at the message's start: "王芳，她的电话等我问一下再填" gives a value first — review.)
_LEAVE_FOR_NOW = re.compile(
    r"^\s*(先|暂时|今天)?(不弄了|不做了|不写了|不填了|不搞了|不办了)"
    r"|^\s*(等|到时候|回头|以后|改天)[^，,。\d]{0,10}再(说|弄|写|填|来|办)"
    r"|^\s*(not now|later|maybe later)\b|^\s*(i'?ll|we'?ll) (do|finish|fill) (it|this|that) later\b",
    re.IGNORECASE,
)
# A check asked in what is left: "我想看看建站市场能不能入", "can we join the API market?".
_CHECK_ASKED = re.compile(
    r"看看|看下|检查|查一下|查查|能不能|能否|可不可以|够不够|行不行|吗|(?<![a-z])(check|can we|could we)(?![a-z])",
    re.IGNORECASE,
)
# What is left of a message after its leave words, read on its own when it says this much.
_REST_CHARS = 4
# "结束" mid-check: the check stops (its answers kept), as 取消 does.
_END_WORDS = frozenset({"结束", "先结束", "结束吧", "先这样结束", "end", "end it"})

if set(FLOW.commands) != set(COMMANDS):
    raise RuntimeError(
        "bot/data/flow.yaml `commands` and bot/i18n.py COMMANDS name different commands: "
        f"{sorted(set(FLOW.commands) ^ set(COMMANDS))}"
    )


def ticket_status(step: str, final_ticket: Callable[[], bool]) -> str:
    """What `status` and App Home say about the ticket: drafting / review at the ticket's
    steps (the flow table's `ticket_status`), else final or none."""
    status = FLOW.step(step).ticket_status
    if status is not None:
        return status
    return "final" if final_ticket() else "none"


class Commands:
    """The commands of `Engine`; `self` is the engine."""

    db: sqlite_utils.Database

    def progress(self, team_id: str, user_id: str) -> Progress:
        """Where the vendor stands, for App Home (the `status` command's data)."""
        with self._lock:
            state = latest_conversation(self.db, team_id, user_id) or ConversationState()
            profile = load_profile(self.db, team_id, user_id)
            verdict_rows = load_verdicts(self.db, team_id, user_id)
            ticket = latest_ticket(self.db, team_id, user_id)
        answered = remaining = 0
        if state.markets:
            for qid in q.requests_by_id(state.markets):
                if q.known_value(profile, qid) is None:
                    remaining += 1
                else:
                    answered += 1
        shown = [row for row in verdict_rows if not state.markets or row["market"] in state.markets]
        order = {market: index for index, market in enumerate(MARKET_IDS)}
        shown.sort(key=lambda row: order.get(row["market"], 99))
        status = ticket_status(
            state.step,
            lambda: bool(ticket and ticket["status"] == "final" and not ticket["outdated"]),
        )
        amount = ticket["amount"] if ticket and status == "final" else None
        if status in ("drafting", "review") and state.ticket_markets:
            amount = deposit_for(state.ticket_markets)
        return Progress(
            lang=state.lang,
            step=PROGRESS_STEP[state.step],
            markets=list(state.markets),
            answered=answered,
            remaining=remaining,
            verdicts=[MarketProgress(row["market"], row["status"]) for row in shown],
            ticket_status=status,  # type: ignore[arg-type]
            ticket_amount=amount,
        )

    def _before_command(self, turn: _Turn, said: Said) -> Reply | None:
        """The first command (in the table's order) whose words match and that applies here."""
        asked_language = _language_asked(said.command)
        # "结束" at a check's question or its answers-on-file screen (not understood there): the
        # check stops as 取消 stops it, the answers kept. (At the menus 结束 is the 结束 choice.)
        ends_check = said.command in _END_WORDS and turn.state.step in (QUESTION, CONFIRM_KNOWN)
        # "先不弄了，等交完再说" at a ticket field (black-box s63 D11: checked as the account
        # name, then "let's carry on"): the ticket left, its draft kept — as 取消 does.
        leaving = (
            _LEAVE_FOR_NOW.search(said.text.strip()) if turn.state.step in _TICKET_STEPS else None
        )
        ends_check = ends_check or leaving is not None
        rest = (
            said.text.strip()[leaving.end() :].strip(" ，,。.!！;；") if leaving is not None else ""
        )
        if (
            leaving is not None
            and len(rest) >= _REST_CHARS
            and not _LEAVE_FOR_NOW.search(rest)
            # (A market to check, asked: never "明天再弄吧" or "API市场的保证金还没交" — review
            # 67 R8.)
            and markets_named(rest)
            and _CHECK_ASKED.search(rest)
        ):
            # "不填了，我想看看建站市场能不能入" (black-box s75 D9: the ticket left, 建站 never
            # checked): the ticket left, then the rest read where that leaves the vendor.
            with moving_as("cancel"):
                left = self._command_cancel(turn)
            if left is not None:
                return self._prefixed(left.text, self._on_text(turn, rest))
        for name in FLOW.commands:
            if (
                said.command in COMMANDS[name]
                or name == asked_language
                or (name == "cancel" and ends_check)
            ):
                command: Callable[[_Turn], Reply | None] = getattr(self, "_command_" + name)
                with moving_as(name):
                    handled = command(turn)
                if handled is not None:
                    return handled
        return None

    def _command_help(self, turn: _Turn) -> Reply | None:
        return self._prefixed(t("help", turn.lang), self._prompt(turn))

    def _command_status(self, turn: _Turn) -> Reply | None:
        return self._prefixed(self._status_text(turn), self._prompt(turn))

    def _command_restart(self, turn: _Turn) -> Reply | None:
        self._reset_walkthrough(turn.state)
        turn.state.advance(CHOOSE_MARKETS)
        return self._prefixed(t("restarted", turn.lang), self._prompt(turn))

    def _command_cancel(self, turn: _Turn) -> Reply | None:
        state = turn.state
        lang = turn.lang
        keep_draft = state.step in _TICKET_STEPS and bool(state.ticket_markets)
        # 取消 says "回复“开始”可以随时继续": the questions left are resumed by 开始.
        paused = list(state.markets) if state.step == QUESTION else []
        if not paused and not keep_draft and state.step in _CHECK_LEFT_STEPS and state.pending:
            # "工单" mid-check, then 取消 (black-box s53 D6): the check's questions left are what
            # 开始 resumes, as at a question.
            paused = list(state.markets)
        if keep_draft:
            state.ticket_draft = {
                "markets": list(state.ticket_markets),
                "fields": dict(state.ticket_fields),
            }
        self._reset_walkthrough(state)
        state.paused_markets = paused
        state.advance(IDLE)
        if keep_draft and state.ticket_draft:
            count = len(state.ticket_draft["fields"])
            return Reply(text=t("cancelled_ticket", lang, count=count))
        return Reply(text=t("cancelled", lang))

    def _command_details(self, turn: _Turn) -> Reply | None:
        if turn.state.step == VERDICT:
            return self._show_verdict(turn, detailed=True)
        return None

    def _command_start(self, turn: _Turn) -> Reply | None:
        state = turn.state
        paused, state.paused_markets = state.paused_markets, []
        if state.step == IDLE and paused:
            return self._resume_questions(turn, paused)
        if state.step not in RESUMABLE_STEPS and state.ticket_draft:
            return self._begin_ticket(turn)  # the draft left with 取消 continues
        if state.step not in RESUMABLE_STEPS:
            return self._greet(turn)  # nothing under way: a greeting is a first contact
        return self._prefixed(t("welcome_back", turn.lang), self._prompt(turn))

    def _resume_questions(self, turn: _Turn, markets: list[str]) -> Reply:
        """开始 after 取消 at a question: the same markets, the answers on file kept, and the
        first question still open asked again (numbered after the ones answered)."""
        state = turn.state
        state.advance(CHOOSE_MARKETS)
        self._choose(turn, markets)
        if state.step == CONFIRM_KNOWN and state.pending:
            state.asked = [
                qid
                for qid in q.requests_by_id(markets)
                if qid not in state.pending and q.known_value(turn.profile, qid) is not None
            ]
            state.advance(QUESTION)
        return self._prefixed(t("welcome_back", turn.lang), self._prompt(turn))

    def _reset_walkthrough(self, state: ConversationState) -> None:
        state.markets, state.pending, state.asked = [], [], []
        state.detour, state.resume_step = None, None
        state.ticket_detour, state.ticket_resume_step = None, None
        state.eligible, state.ticket_markets, state.ticket_pending = [], [], []
        state.ticket_fields, state.ticket_id = {}, None
        state.paused_markets = []
        state.confirming_after = None

    def _command_back(self, turn: _Turn) -> Reply | None:
        """`back` / 上一步 as the flow table says: to a step, or to the form's previous field
        (a detour — a changed answer — goes back to where the vendor was)."""
        state = turn.state
        spec = FLOW.step(state.step)
        if state.detour and state.step == QUESTION:
            return self._finish_detour(turn, prefix="")
        if state.ticket_detour and state.step == TICKET_FIELD:
            state.advance(end_detour(state, TICKET_PLACE) or TICKET_REVIEW)  # type: ignore[arg-type]
            return self._prompt(turn)
        if spec.back == "previous_slot":
            form = self.ticket_form if state.step == TICKET_FIELD else self.eligibility_form
            if form.step_back(state):
                return self._prompt(turn)
            if spec.back_else is None:
                return self._prefixed(t("back_at_first", turn.lang), self._prompt(turn))
            return self._enter(turn, spec.back_else)
        if spec.back == "last_slot":
            state.ticket_pending = [TICKET_FIELDS[-1]]
            state.advance(TICKET_FIELD)
            return self._prompt(turn)
        if spec.back is not None:
            return self._enter(turn, spec.back)
        return self._prefixed(t("back_nothing", turn.lang), self._prompt(turn))

    def _enter(self, turn: _Turn, step: str) -> Reply:
        """Go to `step` and put its question; the verdict is worked out again on entry (and
        without markets there is none: the market menu instead)."""
        if step == VERDICT and turn.state.markets:
            return self._show_verdict(turn)
        turn.state.advance(CHOOSE_MARKETS if step == VERDICT else step)  # type: ignore[arg-type]
        return self._prompt(turn)

    def _status_text(self, turn: _Turn) -> str:
        state = turn.state
        lang = turn.lang
        lines = [t("status_header", lang)]
        if not state.markets:
            # No walk-through under way (new, cancelled, finished): what is saved still shows.
            if state.last_markets:
                markets = q.market_list(state.last_markets, lang)
                lines.append(t("status_last_markets", lang, markets=markets))
            else:
                lines.append(t("status_no_markets", lang))
            order = {qid: index for index, qid in enumerate(q.requests_by_id(MARKET_IDS))}
            saved = sorted(
                (
                    qid
                    for qid in self._changeable(turn)
                    if q.known_value(turn.profile, qid) is not None
                ),
                key=lambda qid: order.get(qid, len(order)),
            )
            if saved:
                lines.append(t("status_saved_answers", lang, count=len(saved)))
            for qid in saved:
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang)
                lines.append(t("status_value_line", lang, label=q.label(qid, lang), value=value))
        else:
            lines.append(t("status_markets", lang, markets=q.market_list(state.markets, lang)))
            requests = q.requests_by_id(state.markets)
            answered = [qid for qid in requests if q.known_value(turn.profile, qid) is not None]
            remaining = [qid for qid in requests if qid not in answered]
            lines.append(t("status_answered", lang, count=len(answered)))
            for qid in answered:
                value = q.format_value(qid, q.known_value(turn.profile, qid), lang, state.markets)
                lines.append(t("status_value_line", lang, label=q.label(qid, lang), value=value))
            sep = t("list_separator", lang)
            lines.append(
                t(
                    "status_remaining",
                    lang,
                    count=len(remaining),
                    labels=sep.join(q.label(qid, lang) for qid in remaining) or "-",
                )
            )

        def final_ticket() -> bool:
            ticket = latest_ticket(self.db, turn.key.team_id, turn.key.user_id)
            return bool(ticket and ticket["status"] == "final" and not ticket["outdated"])

        status = ticket_status(state.step, final_ticket)
        lines.append(t("status_ticket", lang, status=t(f"ticket_status_{status}", lang)))
        return "\n".join(lines)


# The reply language asked in a sentence (black-box 47, D19): "can you reply in Chinese from now
# on? my colleague will read this", "以后用英文回复吧".
_CHINESE_ASKED = re.compile(
    r"(?<![a-z])(reply|answer|respond|write|talk|speak|continue|switch|answers?)(?![a-z])"
    r"[^.?!]{0,20}(?<![a-z])(in |to )?chinese(?![a-z])|(以后|接下来|之后|请|麻烦)?(用|说|回复)?中文(回复|回答|说|交流)"
    # "能不能用中文跟我说" (black-box 51, D23: answered "out of scope", then switched).
    r"|(用|说|讲)中文(跟|和|给|对)?(我|我们)?(说|讲|回复|回答|交流|聊)"
)
_ENGLISH_ASKED = re.compile(
    r"(?<![a-z])(reply|answer|respond|write|talk|speak|continue|switch|answers?)(?![a-z])"
    r"[^.?!]{0,20}(?<![a-z])(in |to )?english(?![a-z])|(以后|接下来|之后|请|麻烦)?(用|说)?英文(回复|回答|说|交流)"
    r"|(用|说|讲)英文(跟|和|给|对)?(我|我们)?(说|讲|回复|回答|交流|聊)"
)


# "English please", "in chinese pls": the language asked for, said shortly.
_PLEASE_IN = re.compile(
    # ("english again please" — black-box s59 D15: read as a market name.)
    r"(?<![a-z])(?:in )?(english|chinese)(?: again| back| instead| now)?(?: please| pls| plz)(?![a-z])"
    r"|(?<![a-z])(?:back to |again in )(english|chinese)(?![a-z])|(?<![a-z])(?:please|pls) "
    r"(?:use |reply in |answer in |in )?(english|chinese)(?![a-z])"
)
# Either language asked of something: "in chinese or english?", "中文还是英文".
EITHER_LANGUAGE_ASKED = r"(?<![a-z])(chinese|english) or (chinese|english)(?![a-z])|(中文|英文)(还是|或者|或)(中文|英文)"
_EITHER_LANGUAGE = re.compile(EITHER_LANGUAGE_ASKED)
# "why did you switch to Chinese?": a complaint about a switch, no request for it.
_WHY_SWITCHED = re.compile(r"(?<![a-z])why\b[^.?!]{0,30}$")


def _language_asked(command: str) -> str | None:
    """ "chinese" / "english" when a sentence asks for that reply language; None otherwise.
    The request said last wins ("why did you switch to Chinese? English please" — black-box 48,
    D5: English); a "why … switch to X?" asks nothing."""
    if _EITHER_LANGUAGE.search(command):
        # "do I need to write the company name in chinese or english?" (black-box s70 D4, high:
        # switched to Chinese, never answered): which language a field takes, asked.
        return None
    found: list[tuple[int, str]] = []
    for pattern, language in ((_CHINESE_ASKED, "chinese"), (_ENGLISH_ASKED, "english")):
        for match in pattern.finditer(command):
            if not _WHY_SWITCHED.search(command[: match.start()]):
                found.append((match.end(), language))
    for match in _PLEASE_IN.finditer(command):
        found.append((match.end(), next(group for group in match.groups() if group)))
    return max(found)[1] if found else None
