"""ONE form runner for both forms: the eligibility questions and the ticket fields.

A form is a list of slots to fill (its required slots come from data: the chosen markets'
conditions, rules/data/ticket.yaml). The runner keeps the form's place in the conversation
state (`FormPlace`: the slots still to ask, a slot asked out of order and the step to return to
afterwards) and acts on what the vendor typed the same way for both forms, through one reading
(`interpret.interpret`):

- an answer → stored, then the next empty required slot ("question n of m");
- a question → answered, then the same slot asked again;
- a correction of an earlier slot ("不对，经验应该是3年") → that slot changed, said so, the current
  one asked again (without a usable value, that slot is asked: a detour);
- several labelled answers in one message → each stored, the rest asked;
- 不知道 / skip, an unclear or refused answer → as the form says (`unknown`, `refusal_intro`);
- "change X" → a detour to X, then back to where the vendor was (`start_detour`).

What differs between the forms is small and lives in the two `RunnerForm`s below: how a value
is stored (the profile, or the ticket draft), what comes when every slot is filled (the verdict,
or the ticket's review), and what an approximate value needs (a 是 first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.forms import EligibilityForm, TicketForm, resolve_profile_item
from bot.conversation.helpers import join
from bot.conversation.state import QUESTION, TICKET_FIELD, VERDICT
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Choice, Reply
from bot.i18n import (
    BOTH_WORDS,
    CONFIRM_WORDS,
    TICKET_FIELD_EXAMPLES,
    TICKET_FIELD_LABELS,
    normalize_command,
    pick,
    t,
)
from bot.lazy_re import lazy_compile
from bot.parsing import ParseError, parse_bool, quoted_back, support_note
from bot.texts import Localized, pair
from rules.eligibility import evaluate
from rules.markets import market_label
from rules.profile import ProfileError, validate_profile
from rules.ticket import TICKET_FIELDS

# The one answer that covers only the agreements of the markets it was given for.
_AGREEMENTS = "agreements_accepted"
# Questions left that only ruled-out markets need, before checking fewer markets is offered;
# and how many ruled-out markets are named one by one (more: the first and a count).
_NARROWING_AT = 3
_NARROWING_NAMED = 3

if TYPE_CHECKING:
    from bot.conversation.state import ConversationState


class FormHost(Protocol):
    """What the runner uses of the engine that hosts it (bot/conversation/engine.py)."""

    form_runner: FormRunner
    eligibility_form: EligibilityRunnerForm

    def _prompt(self, turn: _Turn) -> Reply: ...
    def _prefixed(self, prefix: str, prompt: Reply) -> Reply: ...
    def _answer_question(
        self, turn: _Turn, text: str, *, then: Reply | None, resumed: bool = True
    ) -> Reply: ...
    def _recheck_verdicts(self, turn: _Turn) -> str: ...
    def _show_verdict(self, turn: _Turn, *, detailed: bool = False) -> Reply: ...
    def _finish_detour(self, turn: _Turn, prefix: str) -> Reply: ...
    def _review(self, turn: _Turn) -> Reply: ...
    def _suggested(self, turn: _Turn, name: str) -> str | None: ...


@dataclass(frozen=True)
class FormPlace:
    """Where one form keeps its place in `ConversationState` (attribute names)."""

    step: str  # the flow step that asks this form's slots
    pending: str  # the slots still to ask, in order; the next is [0]
    detour: str  # a slot asked out of order (a change), or None
    resume: str  # the step to return to after the detour

    def pending_of(self, state: ConversationState) -> list[str]:
        value: list[str] = getattr(state, self.pending)
        return value

    def detour_of(self, state: ConversationState) -> str | None:
        value: str | None = getattr(state, self.detour)
        return value

    def current(self, state: ConversationState) -> str | None:
        """The slot being asked: the detour's, else the next empty required one."""
        if state.step != self.step:
            return None
        pending = self.pending_of(state)
        return self.detour_of(state) or (pending[0] if pending else None)


ELIGIBILITY_PLACE = FormPlace(QUESTION, "pending", "detour", "resume_step")
# "what's the account? the login email?", "公司名称填什么" at the ticket field on screen.
_WHAT_FIELD_IS = lazy_compile(
    r"什么|啥|哪个|是指|指的是|怎么填|which|what|mean|login|登录", re.IGNORECASE
)
_SHORT_FIELD_QUESTION = 60


_LICENCE_DATE = "license_date"
# The question on screen not understood: "?", "这是什么意思", "啥意思", "what does this mean?".
# "what's that? we pay social insurance for everyone yes" (black-box s70 D14: every market's
# conditions): the thing on screen asked about first — explained, the question asked again.
_WHATS_THAT_FIRST = lazy_compile(
    r"(?:what'?s|what is) (?:that|this)(?: one)?\s*[?？]|(?:这|那)(?:个)?是(?:什么|啥)(?:东西)?\s*[?？]",
    re.IGNORECASE,
)
_THIS_QUESTION_MEANS = lazy_compile(
    r"[?？]+|(?:这|这个|这题|这一题|这个问题|这个是)?(?:是)?(?:什么|啥)意思[?？]*|不懂|没看懂|看不懂"
    r"|(?:what does (?:this|that|it) mean|what do you mean|meaning|huh|sorry\?)\s*[?？]*"
    # "not sure, what does that involve?" (black-box s61 D4): the doubt, then the question.
    r"|(?:(?:not sure|no idea|hmm)[,.]?\s*)?(?:what does (?:this|that|it) (?:involve|entail|mean)"
    r"|what(?: i|')s involved|what do you mean)\s*[?？]*"
    r"|(?:不太确定|不确定|不清楚)[，,]?\s*(?:这|这个)?(?:是)?(?:什么|啥)意思[?？]*",
    re.IGNORECASE,
)
# Which of the licence's dates is meant, asked at its question.
_WHICH_DATE_ASKED = lazy_compile(
    r"哪个日期|哪一个日期|什么日期|哪天算|成立日期还是|发证日期|注册日期还是|核准日期|"
    r"(?<![a-z])(which date|what date|issue date|date of issue|founding date or|registration date or)"
    r"(?![a-z])",
    re.IGNORECASE,
)


def _field_asked_about(form: Any, slot: str, text: str) -> Any:
    """What the field on screen is, when `text` asks it ("what's the account? the login email?"
    — black-box s57 D14: answered with the registration steps); None otherwise."""
    if len(text) > _SHORT_FIELD_QUESTION or not _WHAT_FIELD_IS.search(text):
        return None
    if slot not in form.candidates(text):
        return None
    return lambda lang: t(
        "ticket_field_about",
        lang,
        label=t(f"form.ticket.{slot}.label", lang),
        about=t(f"form.ticket.{slot}.about", lang),
    )


TICKET_PLACE = FormPlace(TICKET_FIELD, "ticket_pending", "ticket_detour", "ticket_resume_step")


def start_detour(
    state: ConversationState, place: FormPlace, slot: str, resume: str | None = None
) -> None:
    """Ask `slot` out of order, then return to `resume` (default: where the vendor is now). A
    detour started during another detour of the same form keeps the first return point."""
    if resume is not None:
        setattr(state, place.resume, resume)
    elif not (state.step == place.step and place.detour_of(state)):
        setattr(state, place.resume, state.step)
    setattr(state, place.detour, slot)


def end_detour(state: ConversationState, place: FormPlace) -> str | None:
    """Clear the detour; the step to return to (None: stay in the form)."""
    resume = getattr(state, place.resume)
    setattr(state, place.detour, None)
    setattr(state, place.resume, None)
    return resume


class RunnerForm:
    """What the runner needs from one form; the two forms below fill it in."""

    place: FormPlace
    # The catalogue key put before the reason a value was refused (None: the reason alone).
    refusal_intro: str | None = None
    # The catalogue key of the "question n of m" header.
    header_key: str = ""

    def __init__(self, engine: FormHost) -> None:
        self.engine = engine

    def reader(self, turn: _Turn) -> reading.Form:
        raise NotImplementedError

    def label(self, slot: str, lang: str) -> str:
        raise NotImplementedError

    def format(self, slot: str, value: Any, lang: str) -> str:
        return str(value)

    def fallback_slot(self) -> str | None:
        """The slot to show when none is pending (None: say every slot is filled)."""
        return None

    def narrowing_note(self, turn: _Turn) -> str:
        """A line put before the next question once answers settle part of the form (none
        here: only the eligibility form has markets to narrow to)."""
        return ""

    def position(self, state: ConversationState, slot: str) -> tuple[int, int]:
        """`slot`'s number and the number of slots, for "question n of m"."""
        raise NotImplementedError

    def ask(self, turn: _Turn, slot: str, header: str) -> Reply:
        """The question for `slot` under `header`."""
        raise NotImplementedError

    def take(self, turn: _Turn, slot: str, answer: reading.Answer, said: str) -> Reply:
        raise NotImplementedError

    def take_confirmed(self, turn: _Turn, slot: str, value: Any) -> Reply:
        """A value that was waiting for the vendor's 是 (stored as it was read)."""
        raise NotImplementedError

    def unknown(self, turn: _Turn, slot: str) -> Reply:
        raise NotImplementedError

    def several(self, turn: _Turn, slot: str, found: reading.Several, said: str = "") -> Reply:
        raise NotImplementedError

    def store_correction(
        self, turn: _Turn, slot: str, answer: reading.Answer, *, recheck: bool = True
    ) -> str | None:
        """Store a corrected value; the "corrected" line, or None when it is not valid."""
        raise NotImplementedError

    def hold_correction(
        self, turn: _Turn, slot: str, answer: reading.Answer | None, said: str | None = None
    ) -> bool:
        """True when the corrected slot must be asked (no usable value) instead of stored;
        `said`: the words typed, when at hand."""
        return answer is None

    def mark_asked(self, state: ConversationState, slot: str) -> None:
        """Remember `slot` as answered in this walk-through (for `back`)."""

    def step_back(self, state: ConversationState) -> bool:
        """`back`: put the previous slot up again; False when at the first one."""
        raise NotImplementedError

    def after_detour(self, turn: _Turn, prefix: str) -> Reply:
        raise NotImplementedError

    def _answered_or_missing(self, turn: _Turn) -> str:
        """ "Everything I need" only when it is true: answers left at 不知道/跳过 are named."""
        lang = turn.lang
        unknown = [
            qid
            for qid in q.requests_by_id(turn.state.markets)
            if q.known_value(turn.profile, qid) is None
        ]
        if not unknown:
            return t("all_answered", lang)
        labels = dict.fromkeys(q.label(qid, lang) for qid in unknown)
        return t(
            # "1 answer is still missing" (English counts its noun).
            "answers_still_unknown_one" if len(labels) == 1 else "answers_still_unknown",
            lang,
            count=len(labels),
            labels=t("list_separator", lang).join(labels),
        )

    def complete(self, turn: _Turn, prefix: str, *, answered_now: bool = True) -> Reply:
        """Every required slot is filled (`answered_now`: by the message just read)."""
        raise NotImplementedError


# The words after a question mark: "镜像交付？这个不太清楚".
_UNSURE_AFTER_QUESTION = lazy_compile(r"[?？]")


class FormRunner:
    """Reads one message at a form's slot and acts on it, the same way for every form."""

    def __init__(self, engine: FormHost) -> None:
        self.engine = engine

    def on_input(self, turn: _Turn, form: RunnerForm, text: str) -> Reply:
        engine = self.engine
        state = turn.state
        lang = turn.lang
        slot = form.place.current(state)
        if slot is None:  # defensive: nothing pending means the form is complete
            return form.complete(turn, "", answered_now=False)
        confirming, state.confirming = state.confirming, None
        exact_after_yes = (
            YES_THEN_VALUE.match(text)
            if confirming
            and confirming.get("slot") == slot
            and q.kind_of(slot) in _NUMBER_KINDS
            and not _HEDGED.search(text.casefold())
            else None
        )
        exact_value = (
            (exact_after_yes.group(1) or exact_after_yes.group(2)) if exact_after_yes else None
        )
        if exact_value is not None and str(confirming["value"]) not in exact_value:
            # "是的，准确是18个" / "yeah 42 exactly" to "recorded as 25?" (black-box s71 D1, high:
            # 25 stored, the verdict flipped): the exact value said after the yes is the answer.
            text = exact_value
        elif confirming and confirming.get("slot") == slot:
            if _exact_number(form, slot, text):
                pass  # "2" after "about two or three years = 3?" is the exact value, not option 2
            elif is_yes(text) and _HEDGED.search(text.casefold()) and not confirming.get("unusual"):
                # "对，差不多" / "yes, roughly" to "recorded as 30?": still an estimate, so the
                # exact value is asked, never the round number stored.
                said = quoted_back(str(confirming.get("said") or text))
                message = t("approx_exact_value", lang, value=said, label=form.label(slot, lang))
                return engine._prefixed(message, engine._prompt(turn))
            elif is_yes(text):
                # "对，另外注册资本其实是300万": the value confirmed, and the aside stored too.
                aside = reading.aside_after_yes(form.reader(turn), slot, text)
                line = None
                if aside is not None and aside.reading is not None:
                    line = form.store_correction(turn, aside.slot, aside.reading)
                    pending = form.place.pending_of(state)
                    if line is not None and aside.slot in pending:
                        pending.remove(aside.slot)
                        form.mark_asked(state, aside.slot)
                confirmed = form.take_confirmed(turn, slot, confirming["value"])
                return engine._prefixed(line, confirmed) if line else confirmed
            elif is_no(text) and reading.names_another_question(slot, text):
                # "no violations, good credit" to "60 employees, right?" (black-box 51, D20): a
                # "no" about another question, none to this value — it waits to be confirmed.
                state.confirming = confirming
                message = t("confirm_still_waiting", lang)
                return engine._prefixed(message, engine._prompt(turn))
            elif is_no(text):
                corrected = NO_THEN_VALUE.match(text)
                if corrected is None:
                    return engine._prefixed(t("confirm_declined", lang), engine._prompt(turn))
                text = corrected.group(1)  # "不是，是23人": the right value, read as the answer
        polite = reading.acknowledgement(text)
        if polite is not None and not (polite == "ok" and asks_consent(form, slot)):
            # "谢谢" / "好的" / "ok" answers nothing (not even a yes): the question again.
            return engine._prefixed(t(reading.ACKNOWLEDGED[polite], lang), engine._prompt(turn))
        if form.place is TICKET_PLACE:
            earlier = self.earlier_answer_corrected(turn, text)
            if earlier is not None:
                return earlier
        year, state.year_without_month = state.year_without_month, None
        if year is not None and slot == "license_date":
            text = reading.month_of_year(text, year) or text  # "3月" after "2017年几月？"
        found = reading.interpret(form.reader(turn), slot, text)
        if slot == _LICENCE_DATE and isinstance(found, reading.Unknown):
            # "18年", then "不知道" to which month of it, when every month of that year gives the
            # same verdicts (black-box s64 D6: the year dropped, the market left incomplete):
            # the year recorded, said so. (The month is still asked first: a vendor who knows
            # it gives the true date — the decision of round 11.)
            whole = form._whole_year(turn, year)
            if whole is not None:
                found = whole
                state.licence_year_only = year
        if isinstance(found, reading.Unclear) and found.year is not None:
            state.year_without_month = found.year
        elif year is not None and isinstance(found, reading.Unclear | reading.Refused):
            # "dunno exactly, 2 million i think" between "which month of 2023?" and "march"
            # (black-box s56 D13): the year said stays for the month still to come.
            state.year_without_month = year
        if isinstance(found, reading.Unknown):
            return form.unknown(turn, slot)
        # A question or another answer's correction typed while a value waits for 是 (black-box
        # s53 D12): the value still waits, asked again after the reply.
        still_waiting = confirming if confirming and confirming.get("slot") == slot else None
        if isinstance(found, reading.Question) and form.place is TICKET_PLACE:
            about = _field_asked_about(form.reader(turn), slot, text)
            if about is not None:
                return engine._prefixed(about(lang), engine._prompt(turn))
        if form.place is not TICKET_PLACE and (
            _THIS_QUESTION_MEANS.fullmatch(text.strip()) or _WHATS_THAT_FIRST.match(text.strip())
        ):
            # "?", "这是什么意思" at a question (black-box s59 D20: declined as outside the guide;
            # "这是什么意思" alone once got the commission rules): the question explained by the
            # guide's words it quotes, and asked again.
            request = q.requests_by_id(turn.state.markets).get(slot)
            summaries = (
                list(
                    dict.fromkeys(
                        c.summary_en if lang == "en" else c.summary_zh
                        for _, c in request.conditions
                    )
                )
                if request is not None
                else []
            )
            if summaries:
                # ("啥意思" at the DingTalk question — black-box s71 D16: only pointed back at the
                # quote not understood): the condition in plain words first.
                said = t("answers.rule_separator", lang).join(summaries)
                return engine._prefixed(
                    t("question_meaning_summary", lang, summary=said), engine._prompt(turn)
                )
            return engine._prefixed(t("question_meaning_lead", lang), engine._prompt(turn))
        if (
            isinstance(found, reading.Question)
            and slot == _LICENCE_DATE
            and _WHICH_DATE_ASKED.search(text)
        ):
            # "营业执照是哪个日期？成立日期还是发证日期？" (black-box s57 D24: a table of every
            # market's licence years and "无法确定"): the date this question wants, said.
            return engine._prefixed(t("license_date_which", lang), engine._prompt(turn))
        if isinstance(found, reading.Question):
            unsure_after = _UNSURE_AFTER_QUESTION.split(text)[-1].strip()
            if (
                still_waiting is None
                and unsure_after
                and unsure_after != text.strip()
                and isinstance(
                    reading.interpret(form.reader(turn), slot, unsure_after), reading.Unknown
                )
            ):
                # "镜像交付？这个不太清楚" (black-box s53 D16): the term echoed, then not known —
                # the answer is 不知道, as if said alone.
                return form.unknown(turn, slot)
            state.confirming = still_waiting
            return engine._answer_question(turn, text, then=engine._prompt(turn))
        if isinstance(found, reading.Unclear | reading.Refused):
            # "我们的WAF软件很成熟" while "3 年，对吗？" waits (black-box s62 D15: the 3 years
            # dropped): the value still waits to be confirmed, asked again after the reply.
            state.confirming = still_waiting
            message = found.en if lang == "en" else found.zh
            if isinstance(found, reading.Refused) and form.refusal_intro:
                message = join(t(form.refusal_intro, lang), message)
            return engine._prefixed(message, engine._prompt(turn))
        if isinstance(found, reading.Several):
            return form.several(turn, slot, found, text)
        if isinstance(found, reading.Correction) and found.slot != slot:
            state.confirming = still_waiting
            if _aliyun_said_for_iot(turn, found, text):
                # "yes all our sites run on alibaba cloud" at another question with the IoT
                # market chosen (black-box s66 D5: IoT eligible on a website answer).
                return engine._prefixed(t("built_on_iot_not_said", lang), engine._prompt(turn))
            return self.correct(turn, form, found, text)
        answer = found.reading if isinstance(found, reading.Correction) else found
        if answer is None:
            return engine._prefixed(t("not_understood_answer", lang), engine._prompt(turn))
        return form.take(turn, slot, answer, text)

    def earlier_answer_corrected(self, turn: _Turn, text: str) -> Reply | None:
        """ "不对，注册资金应该是300万" typed at a ticket field corrects the eligibility answer
        (and re-checks the verdicts), never becomes the ticket value; the field is asked again."""
        engine = self.engine
        eligibility = engine.eligibility_form
        state = turn.state
        # (A ticket drafted with no walk-through under way still reads the markets checked
        # last, or the ticket's own: "生态认证改成是" at the account — black-box s81 D2, high:
        # stored as the account.)
        markets = state.markets or state.last_markets or state.ticket_markets
        previous = state.asked[-1] if state.asked else None
        reader = EligibilityForm(markets, turn.profile, turn.today, previous)
        found = reading.correction(reader, text)
        if found is None:
            return None
        lang = turn.lang
        answer = found.reading
        if answer is None or answer.approximate or answer.implausible:
            # The new value must be given plainly here: "修改 <field>" asks it properly.
            message = t("ticket_correction_needs_value", lang, label=q.label(found.slot, lang))
            return engine._prefixed(message, engine._prompt(turn))
        line = eligibility.store_correction(turn, found.slot, answer)
        if line is None:
            return engine._prefixed(t("not_understood_answer", lang), engine._prompt(turn))
        return engine._prefixed(join(line, t("back_to_question", lang)), engine._prompt(turn))

    def prompt(self, turn: _Turn, form: RunnerForm) -> Reply:
        """The slot being asked: a value waiting for 是, or the question with "n of m" (or
        "change:" during a detour), what to type, and any answer on file to confirm."""
        state = turn.state
        lang = turn.lang
        slot = form.place.current(state) or form.fallback_slot()
        if slot is None:
            return Reply(text=t("all_answered", lang))
        confirming = state.confirming
        if confirming and confirming.get("slot") == slot:
            value = form.format(slot, confirming["value"], lang)
            # (A yes / no read from a word that might mean either — "没有" to the credit
            # question — is asked back plainly, never called an unusual number.)
            unusual = confirming.get("unusual") and q.kind_of(slot) != "bool"
            key = "confirm_unusual" if unusual else "confirm_value"
            said = confirming.get("said") or value
            high = confirming.get("high")
            if high is not None and not confirming.get("unusual"):
                key = "confirm_range_low"
                high = form.format(slot, high, lang)
            return Reply(
                text=t(key, lang, label=form.label(slot, lang), value=value, said=said, high=high),
                choices=q.choices_for("legal_entity", lang),  # 是 / 否
            )
        if form.place.detour_of(state):
            header = t("question_change_header", lang)
        else:
            number, total = form.position(state, slot)
            header = t(form.header_key, lang, n=number, total=total)
        return form.ask(turn, slot, header)

    def correct(
        self, turn: _Turn, form: RunnerForm, found: reading.Correction, text: str = ""
    ) -> Reply:
        """A correction of another slot: change it, say so, then ask the current slot again.
        Without a usable value, that slot is asked (a detour). A second correction in another
        clause of `text` ("注册资金其实是80万，人数是19不是22") is stored too."""
        engine = self.engine
        state = turn.state
        lang = turn.lang
        if form.hold_correction(turn, found.slot, found.reading, text or None):
            start_detour(state, form.place, found.slot)
            if found.reading is None and found.unclear is not None:
                # "营业执照日期说错了，应该是2019年成立的": the field asked with what is missing.
                state.year_without_month = found.unclear.year
                message = found.unclear.en if lang == "en" else found.unclear.zh
                return engine._prefixed(message, engine._prompt(turn))
            if (
                found.reading is not None
                and found.reading.approximate
                and not found.reading.implausible
                and state.confirming is None
            ):
                # "big data about 1 year" at another question (black-box s76 D12: "Change: …"
                # with no word why): the estimate is at the limit, its exact value asked.
                message = t(
                    "approx_near_limit",
                    lang,
                    value=quoted_back(text),
                    label=form.label(found.slot, lang),
                )
                return engine._prefixed(message, engine._prompt(turn))
            return engine._prompt(turn)
        assert found.reading is not None
        line = form.store_correction(turn, found.slot, found.reading)
        if line is None:
            return engine._prefixed(t("not_understood_answer", lang), engine._prompt(turn))
        pending = form.place.pending_of(state)
        if found.slot in pending:
            pending.remove(found.slot)
            form.mark_asked(state, found.slot)
        for other in _other_corrections(form.reader(turn), text, found.slot):
            # (black-box 47, D5: the second was dropped without a word.)
            if form.place is not TICKET_PLACE and other.reading.value == q.known_value(
                turn.profile, other.slot
            ):
                # "缴社保的其实只有十八个" (black-box s54 D16): the 社保 item's own yes, the value
                # on file — no "已更正" for what did not change.
                continue
            more = form.store_correction(turn, other.slot, other.reading)
            if more is not None:
                line = join(line, more)
                if other.slot in pending:
                    pending.remove(other.slot)
                    form.mark_asked(state, other.slot)
        return engine._prefixed(join(line, t("back_to_question", lang)), engine._prompt(turn))

    def settle(self, turn: _Turn, form: RunnerForm, slot: str, prefix: str) -> Reply:
        """After `slot` was filled (or recorded unknown): back from a detour, the next empty
        required slot, or — with none left — what completes the form."""
        engine = self.engine
        state = turn.state
        place = form.place
        pending = place.pending_of(state)
        if place.detour_of(state) == slot:
            if slot in pending:
                pending.remove(slot)
                form.mark_asked(state, slot)
            return form.after_detour(turn, prefix)
        if slot in pending:
            pending.remove(slot)
        form.mark_asked(state, slot)
        if pending:
            prefix = join(prefix, form.narrowing_note(turn))
            return engine._prefixed(prefix, engine._prompt(turn))
        return form.complete(turn, prefix)


def _change_name(slot: str, lang: str, markets: list[str]) -> str:
    """What to type after "修改" / "change" to reach `slot` again: the field's first alias in
    `lang` ("注册资金", "capital"), with the market for a per-market one — never the long label
    (black-box s66 D9: "change Basic Software Market: years of experience in the market's line
    of business"); the label when no alias leads back to the slot."""
    from rules.markets import market_label
    from rules.profile import PROFILE_FIELDS

    key, market = q.split_id(slot)
    for alias in PROFILE_FIELDS[key].aliases:
        if alias.isascii() != (lang == "en") or len(alias) < 2 or alias.isdigit():
            continue
        name = f"{alias} {market_label(market, lang)}" if market else alias
        if resolve_profile_item(name, markets, {}) == slot:
            return name
    return q.label(slot, lang)


# The IoT market's own platform named: "阿里云IoT", "物联网平台", "IoT Platform".
_IOT_SAID = re.compile(r"iot|物联网|lot平台|link ?platform", re.IGNORECASE)


def _aliyun_said_for_iot(turn: _Turn, found: reading.Correction, text: str) -> bool:
    """A yes to "built on Alibaba Cloud" volunteered at another question, with the IoT market
    chosen and its IoT products never named: the IoT market's question is not answered."""
    return (
        found.slot == "built_on_aliyun"
        and found.reading is not None
        and found.reading.value is True
        and "iot" in turn.state.markets
        and not _IOT_SAID.search(text)
    )


# The clauses of a message correcting two answers: "注册资金其实是80万，人数是19不是22",
# "the capital is actually 800k, and the team is 19 not 22".
_CORRECTION_CLAUSES = re.compile(r"[，,;；]|\band\b|\balso\b|另外|还有", re.IGNORECASE)


def _other_corrections(form: reading.Form, text: str, first: str) -> list[reading.Correction]:
    """The plain corrections of fields other than `first` in the other clauses of `text`."""
    found: list[reading.Correction] = []
    clauses = [c for c in _CORRECTION_CLAUSES.split(text) if c and c.strip()]
    if len(clauses) < 2:
        return found
    for clause in clauses:
        if reading.says_answer_stands(clause):
            continue  # "The API 2 years is right": kept, not corrected
        other = reading.correction(form, clause)
        if (
            other is None
            or other.slot == first
            or other.reading is None
            or other.reading.approximate
            or other.reading.implausible
            or any(f.slot == other.slot for f in found)
        ):
            continue
        found.append(other)
    return found


# A yes that keeps the value an estimate ("对，差不多", "yes, roughly", "应该是吧").
_HEDGED = re.compile(
    r"差不多|大概|大约|左右|估计|可能|应该|也许|上下|"
    r"(?<![a-z])(?:roughly|about|around|approximately|approx|more or less|ish|probably|i think|"
    r"give or take|or so|something like that)(?![a-z])"
)
# Just under the number said ("almost 20", "快两年", "将近三年", "nearly 3 years", "近20人").
_JUST_UNDER = re.compile(
    r"快|将近|接近|差一点|差点|(?<![最附])近(?=\s*[\d一二两三四五六七八九十半])|"
    r"(?<![a-z])(?:almost|nearly|not quite|close to|just under|just shy of|shy of)(?![a-z])"
)
# Words that make a number an estimate ("大概", "20来个", "20ish", "or so", "maybe").
_ESTIMATE = re.compile(
    r"多|余|几|来|以上|左右|上下|大约|大概|约|差不多|将近|接近|出头|超过|不止|至少|不少于|不到|快|近|"
    r"估计|可能|\+|(?<![a-z])(?:about|around|approx\w*|roughly|over|more than|nearly|almost|at least|"
    r"or so|ish|odd|something|maybe|perhaps|probably|give or take|close to|just under|not quite|"
    r"shy of|upwards of|plus)(?![a-z])|ish\b"
)
# At least the number said ("20多人", "两年以上", "over 3 years", "3+").
_AT_LEAST = re.compile(
    r"多|余|以上|出头|超过|不止|至少|不少于|\+|"
    r"(?<![a-z])(?:over|more than|at least|plus|upwards of)(?![a-z])"
)


def _period_key(answer: reading.Answer) -> str:
    """The note for a date recorded as the 1st of the month, or of the year, it names."""
    return "year_recorded" if answer.until is not None else "month_recorded"


class EligibilityRunnerForm(RunnerForm):
    """The eligibility questions of the chosen markets (answers go into the profile)."""

    place = ELIGIBILITY_PLACE
    refusal_intro = "not_understood_answer"
    header_key = "question_header"

    def reader(self, turn: _Turn) -> reading.Form:
        previous = turn.state.asked[-1] if turn.state.asked else None
        return EligibilityForm(turn.state.markets, turn.profile, turn.today, previous)

    def label(self, slot: str, lang: str) -> str:
        return q.label(slot, "en" if lang == "en" else "zh")

    def format(self, slot: str, value: Any, lang: str) -> str:
        return q.format_value(slot, value, "en" if lang == "en" else "zh")

    def position(self, state: ConversationState, slot: str) -> tuple[int, int]:
        """The question's place among the markets' questions in their order: the same number
        however often it is asked again while other answers come out of order (black-box s53
        D13, s54 D15: "问题 4/9" became 5/9 … 9/9 for one question)."""
        total = len(state.asked) + len(state.pending)
        ordered = [
            qid
            for qid in q.requests_by_id(state.markets)
            if qid in state.asked or qid in state.pending
        ]
        if slot not in ordered:
            return min(len(state.asked) + 1, total), total
        return min(ordered.index(slot) + 1, total), total

    def ask(self, turn: _Turn, slot: str, header: str) -> Reply:
        """The question, why it is asked (the guide's words), the answer on file if any."""
        lang = turn.lang
        markets = turn.state.markets
        requests = q.requests_by_id(markets) if markets else {}
        text = q.question_text(
            slot,
            requests.get(slot),
            lang,
            header=header,
            previous=q.known_value(turn.profile, slot),
        )
        return Reply(text=text, choices=q.choices_for(slot, lang))

    def mark_asked(self, state: ConversationState, slot: str) -> None:
        state.asked.append(slot)

    def narrowing_note(self, turn: _Turn) -> str:
        """Once the answers rule out some of the chosen markets and several questions still to
        come matter only to those (black-box s79 D7: "全部" and 12 people — 27 more questions
        for markets the team size had already ruled out): say so, once per choice of markets,
        and how to check only the markets still open ("只看…", which re-chooses them)."""
        state = turn.state
        if len(state.markets) < 2 or state.narrowing_offered_for == state.markets:
            return ""
        try:
            verdicts = evaluate(validate_profile(turn.profile), state.markets, turn.today)
        except ProfileError:
            return ""
        failed = [v.market for v in verdicts if v.status == "not_eligible"]
        still_open = [m for m in state.markets if m not in failed]
        if not failed or not still_open:
            return ""
        requests = q.requests_by_id(state.markets)
        only_failed = [
            qid
            for qid in state.pending
            if qid in requests and {market for market, _ in requests[qid].conditions} <= set(failed)
        ]
        if len(only_failed) < _NARROWING_AT:
            return ""
        state.narrowing_offered_for = list(state.markets)
        lang = turn.lang
        separator = t("list_separator", lang)
        failed_names = (
            separator.join(market_label(m, lang) for m in failed)
            if len(failed) <= _NARROWING_NAMED
            else t(
                "narrowing_failed_many",
                lang,
                first=market_label(failed[0], lang),
                count=len(failed),
            )
        )
        return t(
            "narrowing_offer",
            lang,
            failed=failed_names,
            count=len(only_failed),
            open=separator.join(market_label(m, lang) for m in still_open),
        )

    def step_back(self, state: ConversationState) -> bool:
        """The question answered last (from the verdict too) is asked again."""
        if not state.asked:
            return False
        previous = state.asked.pop()
        if state.step == VERDICT:
            state.pending = []
        state.pending.insert(0, previous)
        state.advance(QUESTION)
        return True

    def take(self, turn: _Turn, slot: str, answer: reading.Answer, said: str) -> Reply:
        """Store a plain answer; an approximate or implausible one is confirmed first."""
        stored = q.to_json_value(answer.value)
        if self.month_is_enough(turn, answer):
            # "2018年12月": the 1st is recorded when no day of that month changes a verdict.
            note = t(_period_key(answer), turn.lang, value=stored)
            return self._store_and_settle(turn, slot, stored, note=note)
        if not (answer.approximate or answer.implausible) and _fewer_employees_than_team(
            turn.profile, slot, answer.value
        ):
            # "3" employees after a team of 25 on social insurance (black-box s76 D24: stored
            # without a word, 零售通 failed on it): stored as said — the blind sets' vendors
            # give such pairs and correct them later — with the contradiction pointed out.
            team = stored if slot == _TEAM else turn.profile.get(_TEAM)
            employees = stored if slot == _EMPLOYEES else turn.profile.get(_EMPLOYEES)
            note = t("fewer_employees_than_team", turn.lang, team=team, employees=employees)
            return self._store_and_settle(turn, slot, stored, note=note)
        if answer.approximate or answer.implausible:
            if not answer.implausible and self.estimate_needs_exact(turn, slot, answer, said):
                # "快三年了" (black-box s58 D14: "a value close to it would change the result",
                # untrue where all of them pass): just under the number said is asked as such.
                just_under = bool(_JUST_UNDER.search(said.casefold()))
                key = "approx_just_under" if just_under else "approx_near_limit"
                if isinstance(answer.value, date) and not answer.relative:
                    key = "date_day_matters"  # "25年12月": which day of it decides
                message = t(
                    key,
                    turn.lang,
                    value=quoted_back(said),
                    label=self.label(slot, turn.lang),
                )
                return self.engine._prefixed(message, self.engine._prompt(turn))
            turn.state.confirming = {
                "slot": slot,
                "value": stored,
                "said": quoted_back(said, 60),
                "unusual": answer.implausible,
            }
            if answer.high is not None:  # "二十五六个": the lower end, and the choice said
                turn.state.confirming["high"] = q.to_json_value(answer.high)
            return self.engine._prompt(turn)
        if answer.not_yet:
            # "还在办" / "will be done next month": a no for now, said back with how to update it.
            note = t("answer_not_yet", turn.lang, label=q.label(slot, turn.lang))
            return self._store_and_settle(turn, slot, stored, note=note)
        support = support_note(said) if q.kind_of(slot) == "support" else None
        return self._store_and_settle(
            turn, slot, stored, note=pick(support, turn.lang) if support else ""
        )

    def take_confirmed(self, turn: _Turn, slot: str, value: Any) -> Reply:
        return self._store_and_settle(turn, slot, value)

    def estimate_needs_exact(
        self, turn: _Turn, slot: str, answer: reading.Answer, said: str | None
    ) -> bool:
        """An estimate is never confirmed as its round number when that could be wrong where it
        matters: "almost 20" / "快两年" (just under the number said) always asks the exact value;
        "about 2 years", "两年前成立" do when a value near it gives another verdict. `said` is
        None for a correction whose words are not at hand (read as an estimate)."""
        value = answer.value
        if answer.high is not None or not turn.state.markets:
            return False  # a range ("二十五六个") offers both ends already
        folded = said.casefold() if said is not None else "about"  # words unknown: an estimate
        below = bool(_JUST_UNDER.search(folded))
        above = not below and bool(_AT_LEAST.search(folded))
        if isinstance(value, date):
            if not answer.relative:
                # "25年12月" when a day of that month decides a verdict (black-box s65 D11: the
                # 1st confirmed, the most favourable day): the day is asked.
                return answer.approximate and not self._day_does_not_matter(
                    turn, value, answer.until
                )
            if below:
                return True  # "成立快两年了": younger than the age said
            span = timedelta(days=92)
            later = [] if above else [min(value + span, turn.today)]
            candidates: list[Any] = [value, value - span, *later]
        elif isinstance(value, int | Decimal) and not isinstance(value, bool):
            if not _ESTIMATE.search(folded):
                return False  # a sum of parts or a count from a start date: exact, confirmed
            if below:
                return True  # "almost 20", "nearly 3 years": the number said is not the value
            step = Decimal("0.1") if q.kind_of(slot) == "experience" else Decimal(1)
            number = Decimal(value)
            lower = [] if above else [number * Decimal("0.9"), number - step]
            candidates = [number, number + step, number * Decimal("1.1"), *lower]
            if not isinstance(value, Decimal):
                candidates = [int(c) for c in candidates if c >= 0]
            else:
                candidates = [c.quantize(Decimal("0.1")) for c in candidates if c >= 0]
        else:
            return False
        outcomes = {self._outcome(turn, slot, candidate) for candidate in candidates}
        outcomes.discard(None)
        return len(outcomes) > 1

    def _outcome(self, turn: _Turn, slot: str, value: Any) -> tuple[Any, ...] | None:
        """The chosen markets' verdicts with `slot` = `value` (None when it is no valid value)."""
        profile = q.with_answer(turn.profile, slot, q.to_json_value(value))
        try:
            verdicts = evaluate(validate_profile(profile), turn.state.markets, turn.today)
        except ProfileError:
            return None
        return tuple((v.market, v.status, tuple(u.key for u in v.unmet)) for v in verdicts)

    def month_is_enough(self, turn: _Turn, answer: reading.Answer) -> bool:
        """A year and month only ("2019年5月"), when no day of it changes a verdict: recorded
        as the 1st without asking, whether typed as the answer or as a correction."""
        return (
            answer.approximate
            and not answer.implausible
            and not answer.relative
            and isinstance(answer.value, date)
            and self._day_does_not_matter(turn, answer.value, answer.until)
        )

    def _whole_year(self, turn: _Turn, year: int | None) -> reading.Answer | None:
        """The licence date as the year said, when no day of it changes a verdict; None when
        no year was said, it is in the future, or its month matters."""
        if year is None or not 1900 < year <= turn.today.year:
            return None
        first, last = date(year, 1, 1), date(year, 12, 31)
        if not self._day_does_not_matter(turn, first, last):
            return None
        return reading.Answer(first, approximate=True, until=last)

    def _day_does_not_matter(self, turn: _Turn, first: date, until: date | None = None) -> bool:
        """Whether every day of `first`'s month (or up to `until`: a whole year) gives the same
        verdicts for the chosen markets."""
        if not turn.state.markets:
            return False
        last = until or (
            (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        )
        outcomes = set()
        for day in {first, min(last, turn.today)}:
            profile = q.with_answer(turn.profile, "license_date", day.isoformat())
            try:
                verdicts = evaluate(validate_profile(profile), turn.state.markets, turn.today)
            except ProfileError:
                return False
            outcomes.add(
                tuple((v.market, v.status, tuple(u.key for u in v.unmet)) for v in verdicts)
            )
        return len(outcomes) == 1

    def store(self, turn: _Turn, slot: str, stored: Any) -> str | None:
        """Write one answer into the profile; the "noted" line, or None when it is invalid."""
        lang = turn.lang
        try:
            validate_profile(q.with_answer({}, slot, stored))
        except ProfileError:
            return None
        accepted_before = q.known_value(turn.profile, _AGREEMENTS) is True
        turn.profile = q.with_answer(turn.profile, slot, stored)
        turn.profile_changes[slot] = stored
        if slot == _AGREEMENTS:
            # The "yes" covers the agreements of the markets it was given for, and those of
            # markets accepted before it.
            covered = turn.state.agreements_markets if accepted_before else []
            turn.state.agreements_markets = (
                list(dict.fromkeys([*covered, *turn.state.markets])) if stored is True else []
            )
        return t(
            "answer_saved",
            lang,
            label=q.label(slot, lang),
            value=q.format_value(slot, stored, lang, turn.state.markets),
        )

    def _store_and_settle(self, turn: _Turn, slot: str, stored: Any, note: str = "") -> Reply:
        engine = self.engine
        try:
            validate_profile(q.with_answer({}, slot, stored))
        except ProfileError as error:
            return engine._prefixed(error.message(turn.lang), engine._prompt(turn))
        saved = join(self.store(turn, slot, stored) or "", note)
        saved = join(saved, engine._recheck_verdicts(turn))
        return engine.form_runner.settle(turn, self, slot, saved)

    def unknown(self, turn: _Turn, slot: str) -> Reply:
        """不知道 / 跳过: the answer is left out (the verdict lists it as missing)."""
        lang = turn.lang
        if q.known_value(turn.profile, slot) is not None:
            key, market = q.split_id(slot)
            updated = dict(turn.profile)
            if market:
                per_market = dict(updated.get(key) or {})
                per_market.pop(market, None)
                updated[key] = per_market
            else:
                updated.pop(key, None)
            turn.profile = updated
            turn.profile_changes[slot] = None
        note = join(
            t(
                "answer_unknown",
                lang,
                label=q.label(slot, lang),
                name=_change_name(slot, lang, turn.state.markets),
            ),
            self.engine._recheck_verdicts(turn),
        )
        return self.engine.form_runner.settle(turn, self, slot, note)

    def several(self, turn: _Turn, slot: str, found: reading.Several, said: str = "") -> Reply:
        """Several answers in one message: each is stored; the rest is asked. The current
        question's own answer, when it must be confirmed first, is taken as a single one. A
        question asked after them is answered before what comes next."""
        reply = self._several(turn, slot, found, said)
        if found.question:
            return self.engine._answer_question(turn, found.question, then=reply)
        return reply

    def _several(self, turn: _Turn, slot: str, found: reading.Several, said: str) -> Reply:
        engine = self.engine
        state = turn.state
        lang = turn.lang
        lines = []
        for other, value in found.values.items():
            line = self.store(turn, other, q.to_json_value(value))
            if line is None:
                continue
            lines.append(line)
            if other in state.pending and other != slot:
                state.pending.remove(other)
                state.asked.append(other)
        errors = dict(found.errors)
        for other, answer in found.unsure.items():
            if other == slot:
                continue  # taken below, like an answer of its own
            if self.month_is_enough(turn, answer):
                stored = q.to_json_value(answer.value)
                line = self.store(turn, other, stored)
                if line is not None:
                    lines.append(join(line, t(_period_key(answer), lang, value=stored)))
                    if other in state.pending:
                        state.pending.remove(other)
                        state.asked.append(other)
                    continue
            # Left for its own turn: "20多人" is asked (and confirmed) when its question comes.
            errors[other] = pair(
                "pasted_value_needs_confirming", value=quoted_back(str(answer.value))
            )
        for other, (zh, en) in errors.items():
            error = Localized(zh, en)
            lines.append(t("label_value", lang, label=q.label(other, lang), value=error))
        if found.year is not None and "license_date" in state.pending:
            # "是，2020年成立": the licence date is asked next, its month first.
            state.pending.remove("license_date")
            state.pending.insert(0, "license_date")
            state.year_without_month = found.year
            lines.append(t("date_month_missing", lang, year=found.year))
        saved = join("\n".join(lines), engine._recheck_verdicts(turn))
        if slot in found.values:
            return engine.form_runner.settle(turn, self, slot, saved)
        if slot in found.unsure:
            return engine._prefixed(saved, self.take(turn, slot, found.unsure[slot], said))
        return engine._prefixed(saved, engine._prompt(turn))

    def hold_correction(
        self, turn: _Turn, slot: str, answer: reading.Answer | None, said: str | None = None
    ) -> bool:
        if answer is not None and self.month_is_enough(turn, answer):
            return False
        if answer is None or answer.approximate or answer.implausible:
            # ("建站做了两年多" at another question — black-box s60 D7: "多" is at least two,
            # no exact value needed; it was asked again as "修改：…".)
            if answer is not None and not (
                not answer.implausible and self.estimate_needs_exact(turn, slot, answer, said)
            ):
                # Asked as a detour, with the value read waiting for the vendor's 是 (an
                # estimate next to a limit is asked plainly: its exact value is needed).
                waiting = turn.state.confirming
                if waiting and waiting.get("slot") != slot:
                    turn.state.confirming_after = waiting
                turn.state.confirming = {
                    "slot": slot,
                    "value": q.to_json_value(answer.value),
                    "said": quoted_back(said, 60) if said else "",
                }
            return True
        return False

    def store_correction(
        self, turn: _Turn, slot: str, answer: reading.Answer, *, recheck: bool = True
    ) -> str | None:
        """The answer stored, and its "corrected" line (with the verdicts rechecked unless
        `recheck` is False: several corrections in one message are rechecked once)."""
        stored = q.to_json_value(answer.value)
        first_answer = q.known_value(turn.profile, slot) is None
        if self.store(turn, slot, stored) is None:
            return None
        lang = turn.lang
        corrected = t(
            # A first answer typed at another question is "noted", not "corrected".
            "answer_saved" if first_answer else "answer_corrected",
            lang,
            label=q.label(slot, lang),
            value=q.format_value(slot, stored, lang, turn.state.markets),
        )
        if self.month_is_enough(turn, answer):
            corrected = join(corrected, t(_period_key(answer), lang, value=stored))
        if not recheck:
            return corrected
        return join(corrected, self.engine._recheck_verdicts(turn))

    def after_detour(self, turn: _Turn, prefix: str) -> Reply:
        return self.engine._finish_detour(turn, prefix=prefix)

    def complete(self, turn: _Turn, prefix: str, *, answered_now: bool = True) -> Reply:
        engine = self.engine
        if answered_now:
            prefix = join(prefix, self._answered_or_missing(turn))
        return engine._prefixed(prefix, engine._show_verdict(turn))


class TicketRunnerForm(RunnerForm):
    """The deposit-transfer ticket's fields (values go into the ticket draft)."""

    place = TICKET_PLACE
    header_key = "ticket_field_header"

    def reader(self, turn: _Turn) -> reading.Form:
        return TicketForm()

    def label(self, slot: str, lang: str) -> str:
        return pick(TICKET_FIELD_LABELS[slot], "en" if lang == "en" else "zh")

    def fallback_slot(self) -> str | None:
        return TICKET_FIELDS[0]

    def step_back(self, state: ConversationState) -> bool:
        """The field before the current one, in the ticket's order."""
        current = state.current_ticket_field
        index = TICKET_FIELDS.index(current) if current else 0
        if index == 0:
            return False
        state.ticket_pending.insert(0, TICKET_FIELDS[index - 1])
        return True

    def position(self, state: ConversationState, slot: str) -> tuple[int, int]:
        return TICKET_FIELDS.index(slot) + 1, len(TICKET_FIELDS)

    def ask(self, turn: _Turn, slot: str, header: str) -> Reply:
        """The field, how to fill it in, and the value on file (this draft's, else the last
        ticket's) to confirm with one click; the Slack form comes prefilled the same way."""
        lang = turn.lang
        suggested = self.engine._suggested
        text = header + t("ticket_field_prompt", lang, label=self.label(slot, lang))
        text += "\n" + pick(TICKET_FIELD_EXAMPLES[slot], lang)
        suggestion = suggested(turn, slot)
        choices = (
            [Choice(suggestion, t("choice_use", lang, value=suggestion)[:75])] if suggestion else []
        )
        form_values = {name: value for name in TICKET_FIELDS if (value := suggested(turn, name))}
        return Reply(text=text, choices=choices, form="ticket", form_values=form_values)

    def take(self, turn: _Turn, slot: str, answer: reading.Answer, said: str) -> Reply:
        turn.state.ticket_fields[slot] = answer.value
        return self.engine.form_runner.settle(turn, self, slot, "")

    def unknown(self, turn: _Turn, slot: str) -> Reply:
        """Every ticket field is needed: 不知道 is answered with what to fill in."""
        engine = self.engine
        message = t("ticket_field_required", turn.lang, label=self.label(slot, turn.lang))
        return engine._prefixed(message, engine._prompt(turn))

    def several(self, turn: _Turn, slot: str, found: reading.Several, said: str = "") -> Reply:
        """All five fields (or several) pasted in one message with their labels."""
        engine = self.engine
        state = turn.state
        lang = turn.lang
        for name, value in found.values.items():
            state.ticket_fields[name] = value
            if name in state.ticket_pending:
                state.ticket_pending.remove(name)
            if state.ticket_detour == name:
                state.ticket_detour = None
        errors = [
            # (An English line takes an English colon — black-box 47, D29.)
            t("label_value", lang, label=self.label(name, lang), value=zh if lang == "zh" else en)
            for name, (zh, en) in found.errors.items()
        ]
        for name in found.errors:
            if name not in state.ticket_pending and name not in state.ticket_fields:
                state.ticket_pending.append(name)
        state.ticket_pending.sort(key=TICKET_FIELDS.index)
        noted = t(
            "ticket_several_saved",
            lang,
            labels=t("list_separator", lang).join(self.label(name, lang) for name in found.values)
            or "-",
        )
        prefix = join(noted, "\n".join(errors))
        if state.ticket_detour or state.ticket_pending:
            return engine._prefixed(prefix, engine._prompt(turn))
        state.ticket_resume_step = None
        return engine._prefixed(prefix, engine._review(turn))

    def store_correction(
        self, turn: _Turn, slot: str, answer: reading.Answer, *, recheck: bool = True
    ) -> str | None:
        turn.state.ticket_fields[slot] = answer.value
        return t(
            "answer_corrected", turn.lang, label=self.label(slot, turn.lang), value=answer.value
        )

    def after_detour(self, turn: _Turn, prefix: str) -> Reply:
        engine = self.engine
        state = turn.state
        resume = end_detour(state, self.place)
        if resume == TICKET_FIELD and state.ticket_pending:
            return engine._prefixed(prefix, engine._prompt(turn))
        return engine._prefixed(prefix, engine._review(turn))

    def take_confirmed(self, turn: _Turn, slot: str, value: Any) -> Reply:
        return self.take(turn, slot, reading.Answer(value), "")

    def complete(self, turn: _Turn, prefix: str, *, answered_now: bool = True) -> Reply:
        return self.engine._prefixed(prefix, self.engine._review(turn))


def asks_consent(form: RunnerForm, slot: str) -> bool:
    """Whether `slot` asks the vendor to accept something (是否接受…协议): there "ok" / "好的"
    is the acceptance, not an acknowledgement of the bot's last line."""
    if form.place is not ELIGIBILITY_PLACE or q.kind_of(slot) != "bool":
        return False
    wording = t(f"form.profile.{q.split_id(slot)[0]}.question", "zh")
    return any(word in wording for word in CONSENT_WORDS)


# "不是，是23人" / "no, 23" at a confirmation: the no, then the right value (it has a digit).
NO_THEN_VALUE = re.compile(
    r"^\s*(?:不是|不对|不|否|no|nope|not quite|not really)[\s,，。.!！:：]*"
    r"(?:是|应该是|应为|其实是|it's|it is|actually|more like)?\s*(.*\d.*)$",
    re.IGNORECASE,
)
# The words of a question that asks for consent (rules/data/profile.yaml wording).
CONSENT_WORDS = ("接受", "同意")


# The kinds of answer a bare number can be the exact value of.
_NUMBER_KINDS = frozenset({"int", "money", "experience"})
# A yes, then the exact value: "是的，准确是18个", "yeah 42 exactly", "对，其实是18人".
YES_THEN_VALUE = re.compile(
    # (An exactness word must be said: "是的，其中3个是客服", "yes, since 2015", "是的，实缴50万"
    # are no exact value — review 61 R3.)
    r"^\s*(?:是的?|对的?|嗯+|好的?|yes|yeah|yep|yup|right|correct|ok|okay)[\s,，。.!！:：]*"
    r"(?:(?:准确(?:地)?(?:说)?|确切(?:地)?(?:说)?|其实|实际上?|精确(?:地)?(?:说)?)(?:是|的是|有)?|(?:exactly|precisely|actually|to be exact)"
    r"(?: it'?s| it is)?)\s*(\d[\d,.]*\s*(?:个|人|名|位|万|元|年|people|staff|persons|employees)?)[\s。.!！]*$"
    r"|^\s*(?:是的?|对的?|嗯+|yes|yeah|yep|yup|right|ok|okay)[\s,，。.!！:：]*"
    r"(\d[\d,.]*\s*(?:个|人|名|位|万|元|年|people|staff|persons|employees)?)\s*(?:exactly|precisely|整|准确)[\s。.!！]*$",
    re.IGNORECASE,
)


def _exact_number(form: RunnerForm, slot: str, text: str) -> bool:
    """A bare number typed at the confirmation of a number: the value itself (the prompt says
    "or type the exact value"), never read as option 1 (yes) or 2 (no)."""
    if form.place is not ELIGIBILITY_PLACE or not text.strip().isdigit():
        return False
    try:
        return q.kind_of(slot) in _NUMBER_KINDS
    except KeyError:
        return False


def number_confirms_a_number(state: ConversationState) -> bool:
    """A value of a number kind waits for 是: a bare number typed then is that value, not the
    numbered option (1 是 / 2 否) of the confirmation's buttons."""
    confirming = state.confirming
    if not confirming or state.step != QUESTION:
        return False
    try:
        return q.kind_of(str(confirming.get("slot"))) in _NUMBER_KINDS
    except KeyError:
        return False


# The yes as people type it in chat ("是滴" to "“解决方按”是指解决方案市场吗？" — black-box s73
# D11: the markets dropped).
_CASUAL_YES = frozenset(
    {"是滴", "是哒", "是呢", "是啊", "是呀", "对啊", "对呀", "对滴", "对哒", "嗯嗯", "嗯", "恩", "好滴",
     "好哒", "yup", "yep", "yeah", "yea", "sure"}
)  # fmt: skip


def is_yes(text: str) -> bool:
    """是 / yes / 确认 (and 都要 / both, for a choice of several)."""
    command = normalize_command(text)
    if command in CONFIRM_WORDS or command in BOTH_WORDS or command in _CASUAL_YES:
        return True
    try:
        return parse_bool(text)
    except ParseError:
        return False


def is_no(text: str) -> bool:
    try:
        return not parse_bool(text)
    except ParseError:
        return False


__all__ = [
    "ELIGIBILITY_PLACE",
    "TICKET_PLACE",
    "EligibilityRunnerForm",
    "FormPlace",
    "FormRunner",
    "RunnerForm",
    "TicketRunnerForm",
    "end_detour",
    "is_no",
    "is_yes",
    "start_detour",
]


_TEAM = "team_size"
_EMPLOYEES = "employees"


def _fewer_employees_than_team(profile: dict[str, Any], slot: str, value: Any) -> bool:
    """Whether the answer makes the company's employees fewer than its technical and service
    team on social insurance — a team that is part of them."""
    if slot not in (_TEAM, _EMPLOYEES) or isinstance(value, bool) or not isinstance(value, int):
        return False
    other = profile.get(_EMPLOYEES if slot == _TEAM else _TEAM)
    if isinstance(other, bool) or not isinstance(other, int):
        return False
    return value < other if slot == _EMPLOYEES else other < value
