"""Changing an earlier answer: "修改 注册资金" / "change capital" / "改 电话" asks that answer
again out of order (a detour) and then returns to where the vendor was. Mixed into `Engine`
(bot/conversation/engine.py)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.conversation import interpret as reading
from bot.conversation import questions as q
from bot.conversation.flow import FLOW
from bot.conversation.form_runner import ELIGIBILITY_PLACE, TICKET_PLACE, start_detour
from bot.conversation.forms import (
    EligibilityForm,
    address_addition,
    resolve_profile_item,
    ticket_field_fix,
    ticket_field_fixes,
    ticket_field_said_wrong,
    ticket_fix_lines,
    validated_ticket_fixes,
    with_address_added,
    with_address_part,
)
from bot.conversation.helpers import join as _join_lines
from bot.conversation.helpers import markets_kept_in_words, resolve_ticket_field_name
from bot.conversation.interpret import looks_like_question
from bot.conversation.state import (
    CHOOSE_MARKETS,
    CONFIRM_KNOWN,
    DONE,
    IDLE,
    QUESTION,
    TICKET_FIELD,
    TICKET_MARKETS,
    TICKET_PICK_FIELD,
    TICKET_REVIEW,
    VERDICT,
    Step,
    markets_change_draft,
)
from bot.conversation.store import latest_ticket
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Reply
from bot.i18n import (
    CHANGE_FIELD_WORDS,
    CHANGE_PREFIXES,
    SHORT_CHANGE_PREFIX,
    TICKET_FIELD_LABELS,
    normalize_command,
    t,
)
from bot.lazy_re import lazy_compile
from rules.deposit import deposit_for
from rules.markets import MARKET_IDS
from rules.profile import PROFILE_FIELDS
from rules.ticket import TicketFieldError

# Steps that show or collect ticket data: a change there may name a ticket field.
_TICKET_STEPS: frozenset[str] = FLOW.steps_where("ticket")


def _carries_a_value(turn: _Turn, text: str, qid: str) -> bool:
    """Whether "change X" also says X's new value ("更正：经验4年", "change team size to 35")."""
    if q.kind_of(qid) == "bool":
        # A yes/no item's own name holds 有 / 能 / 是 ("修改 拥有正规的公司资质", "change API
        # integration capability" — black-box 53, D1: each recorded a yes): its value counts
        # only when said after a "to" word at the end ("…改成否", "change … to no").
        return _BOOL_VALUE_AT_END.search(text.strip()) is not None
    form = EligibilityForm(turn.state.markets, turn.profile, turn.today)
    current = turn.state.current_question or ""
    found = reading.interpret(form, current, text)
    if isinstance(found, reading.Correction):
        return found.slot == qid and found.reading is not None
    return isinstance(found, reading.Answer) and qid == current


# A date said after the item's name: "… 2027年1月5日", "… 2027-01-05".
_DATE_AFTER = lazy_compile(
    r"(?:19|20)\d\d\s*(?:年|[-/.])\s*\d{1,2}(?:\s*(?:月|[-/.])\s*\d{1,2}\s*[日号]?)?"
)
_BOOL_VALUE_AT_END = lazy_compile(
    r"(?:改成|改为|换成|为|成|是|to|=|:|：)\s*(?P<value>是|否|有|没有|能|不能|可以|不可以|yes|no|true|false)"
    r"[。.!！]*$",
    re.IGNORECASE,
)
# "change markets to …", "修改市场为…": the markets under way swapped (not at a ticket).
_MARKETS_TO = re.compile(r"(the )?markets? to |市场(为|成|改成)", re.IGNORECASE)
# The ticket's markets or its amount named after 修改 / change.
_TICKET_MARKET_WORDS = re.compile(
    r"(的)?(市场|类目|集市|金额|保证金|保证金金额)|(the )?(markets?|amount|deposit)"
)


# The change word a field named then "改" is read as ("地址改" → "修改 地址").
_CHANGE_WORD = "修改"
# The confirmed ticket itself asked to be changed.
_THE_TICKET = lazy_compile(
    # ("I want to edit my ticket", "我想改一下工单" — black-box s56 D9: a wish before it.)
    r"(?:(?:i want to|i'd like to|i would like to|can i|could i|let me|please|pls|我要|我想|想|帮我|麻烦)\s*)?"
    r"(?:(?:修改|更改|改|编辑|重新改)(?:一下|下)?(?:工单|工单内容|工单文本)|工单(?:要|得|需要)?(?:修改|改)(?:一下)?"
    r"|(?:edit|change|modify|fix|update|reopen) (?:the |my |our )?ticket(?: text)?)"
    r"(?:\s*(?:please|pls|吧|一下))?[.!。！]*",
    re.IGNORECASE,
)
# A ticket field named, then the word to change it: "地址改", "电话要改一下", "联系人换一下".
# The ticket's amount or markets said to need changing, after the ticket.
_TICKET_AMOUNT_CHANGED = lazy_compile(
    r"(?:工单的?)?(?:金额|保证金金额|市场)(?:也)?(?:要|得|需要)?(?:改|修改|更改|不对|错了|有误)"
    r"|(?:改|修改|更改)(?:一下)?(?:工单)?的?(?:金额|保证金金额|市场)"
    r"|(?<![a-z])(?:change|fix|update|correct) (?:the )?(?:ticket'?s? )?(?:amount|deposit|markets?)(?![a-z])"
    r"|(?<![a-z])(?:the )?(?:amount|deposit) (?:is|was) wrong(?![a-z])"
    r"|(?<![a-z])(?:the |my |our )?ticket (?:should|needs to|must|has to) be for(?![a-z])"
    # "now we paid the API deposit too, please redo the ticket for both markets" (black-box s57
    # D16: an empty template for the API market alone).
    r"|(?<![a-z])(?:redo|redraft|regenerate|rewrite|update) (?:the |my |our )?ticket(?![a-z])"
    # "oops, I forgot to add the security market, we paid 60k in total" (black-box s71 D8: a
    # check of it started): a market left off the ticket.
    r"|(?<![a-z])forgot (?:to (?:add|include|put) |about )?(?:the |our )?[a-z ]{2,30}? markets?(?![a-z])"
    r"|忘了(?:加|写|填|把)[^，,。]{0,12}(?:市场|集市)"
    r"|重新(?:生成|起草|写)(?:一下)?工单|工单重新(?:生成|起草|写)",
    re.IGNORECASE,
)
# Markets said to be joined too: "我们还入驻了零售通", "we also joined the API market".
_ALSO_JOINED = lazy_compile(
    r"(?:还|也|另外)(?:已经)?(?:入驻|加入|进|申请|交|通过|审核通过)了|(?<![a-z])(?:also|too|as well)(?![a-z])"
    r"|(?<![a-z])forgot (?:to (?:add|include|put) |about )?(?:the |our )?[a-z ]{2,30}? markets?(?![a-z])"
    r"|忘了(?:加|写|填|把)[^，,。]{0,12}(?:市场|集市)",
    re.IGNORECASE,
)
# The ticket's markets said anew: "市场改成API、服务和零售通", "the ticket should be for api and
# security instead" (black-box s68 D5: the markets asked again, those typed ignored).
_MARKETS_REPLACED = lazy_compile(
    r"(?:改成|改为|换成|变成|应该是|应为|更正为)"
    r"|(?<![a-z])(?:change (?:it|them|the markets?) to|should be for|make it|switch (?:it )?to)(?![a-z])",
    re.IGNORECASE,
)
_MARKET_DROPPED = lazy_compile(r"去掉|不要|删|除了|remove|drop|without|except", re.IGNORECASE)
# Other markets asked for with none named, during a check or at its verdict (black-box 50, D2):
# "换市场", "换个市场吧", "修改 市场", "重新选市场", "change markets", "pick other markets".
_CHOOSE_MARKETS_AGAIN = lazy_compile(
    # ("我要换市场" — black-box s57 D6: "无法判断：请回答 是 或 否" three times.)
    r"(?:算了[，,]?\s*)?(?:我们?|我想|我们想|我要|我们要|想|要)?(?:换|换个|换一个|改|修改|更改|更换|重新选|重选|重新选择)\s*(?:一下|下)?"
    r"(?:别的|其他的?|另外的?)?(?:的)?(?:市场|集市|类目)(?:吧|了)?|"
    r"(?:i want to |i'd like to |can i |let me |let's |please )?"
    r"(?:change|switch|pick|choose|select)(?: the| my| our)?(?: other| different| another)? "
    r"markets?(?: please)?",
    re.IGNORECASE,
)
# The steps where those words mean the check's markets (at the ticket's steps they mean the
# ticket's markets, read there).
_CHECK_STEPS = (CHOOSE_MARKETS, CONFIRM_KNOWN, QUESTION, VERDICT)
_TICKET_FIELD_STEPS = (TICKET_FIELD, TICKET_REVIEW)
_FIELD_THEN_CHANGE = lazy_compile(
    r"(.{1,8}?)\s*(?:要|得|需要)?(?:改|换|修改|更改)(?:一下|下)?(?:吧)?[。.!！]*"
)


# A filler said before a change word ("ok change …", "好的，修改 …", "嗯 改一下 …").
_FILLER_BEFORE_CHANGE = lazy_compile(
    # ("ok then change after-sales to 7x24" — black-box s73 D7: two fillers.)
    r"^\s*(?:(?:ok(?:ay)?|so|well|right|alright|then|please|pls|嗯+|好的?|那|那就|行|对了)[\s,，.。!！]*)+"
    r"(?=(?:change|update|edit|correct|fix|修改|更改|改一下|改成|改)\b|修改|更改|改)",
    re.IGNORECASE,
)


# A change said and called off in one breath: "…，算了不改了", "…, never mind, leave it".
_NEVER_MIND = lazy_compile(
    r"(算了|还是)?(不改了|不用改了|不改也行|先不改)\s*[。.!！]*$"
    r"|\b(never ?mind|leave it( as it is)?|no need to (change|fix) it)\b[.!]*\s*$",
    re.IGNORECASE,
)


class ChangeAnswer:
    """ "Change X" of `Engine`; `self` is the engine."""

    def _before_change(self, turn: _Turn, said: Said) -> Reply | None:
        return (
            self._markets_dropped_in_words(turn, said.text)
            or self._ticket_markets_changed(turn, said.text)
            or self._markets_chosen_again(turn, said.text)
            or self._change_target(turn, said.text)
            or self._confirmed_ticket_fixed(turn, said.text)
        )

    def _ticket_markets_changed(self, turn: _Turn, text: str) -> Reply | None:
        """After the ticket (black-box 52, D5): "等一下，我们还入驻了零售通，金额要改", "我是要改
        工单的金额", "the deposit amount is wrong": the latest ticket reopened — with the markets
        said to be joined too added (its review), else at its market question."""
        state = turn.state
        at_menu = state.step == CHOOSE_MARKETS and not state.markets
        if state.step not in (IDLE, VERDICT, DONE) and not at_menu:
            return None
        if not _TICKET_AMOUNT_CHANGED.search(text) or looks_like_question(text):
            return None
        latest = latest_ticket(self.db, turn.key.team_id, turn.key.user_id)
        if latest is None:
            return None
        from bot.answers.names import markets_in_question

        lang = turn.lang
        if at_menu:
            state.advance(IDLE)
        markets = list(latest["markets"])
        added = [m for m in markets_in_question(text) if m not in markets]
        state.ticket_markets = markets
        state.ticket_fields = dict(latest["fields"])
        state.ticket_id, state.ticket_pending = None, []
        reopened = t("ticket_reopened", lang, markets=q.market_list(markets, lang))
        named = markets_in_question(text)
        replaced = (
            bool(named)
            and _MARKETS_REPLACED.search(text) is not None
            # ("市场改成API，去掉服务": a market dropped is named too — the menu asks.)
            and not _MARKET_DROPPED.search(text)
        )
        said = markets_kept_in_words(markets, text)
        if said is not None and not replaced and not (added and _ALSO_JOINED.search(text)):
            # "等等，金额不对，零售通我们不入了，只要API和服务市场" (black-box s71 D23: the
            # markets asked again): those markets, the ticket shown to confirm.
            replaced, named = True, said
        if (added and _ALSO_JOINED.search(text)) or replaced:
            state.ticket_draft = None
            kept = set(named) if replaced else {*markets, *added}
            state.ticket_markets = [m for m in MARKET_IDS if m in kept]
            changed = t(
                "ticket_markets_changed",
                lang,
                markets=q.market_list(state.ticket_markets, lang),
                amount=deposit_for(state.ticket_markets),
            )
            state.advance(TICKET_REVIEW)
            return self._prefixed(_join_lines(reopened, changed), self._prompt(turn))
        state.ticket_draft = markets_change_draft(state)
        state.advance(TICKET_MARKETS)
        return self._prefixed(reopened, self._prompt(turn))

    def _markets_chosen_again(self, turn: _Turn, text: str) -> Reply | None:
        """ "换市场" / "change markets" during a check or at its verdict: the market menu again,
        the answers on file kept (they are offered as known answers for the new markets)."""
        state = turn.state
        if state.step not in _CHECK_STEPS and state.step not in _TICKET_FIELD_STEPS:
            return None
        if not _CHOOSE_MARKETS_AGAIN.fullmatch(reading.strip_trailing(text).strip()):
            return None
        if state.step in _TICKET_FIELD_STEPS:
            # While the ticket is typed ("换市场" at its account question, black-box 49 D6): the
            # ticket's markets asked again, the fields typed so far kept — never a field's value.
            state.ticket_draft = markets_change_draft(state)
            state.advance(TICKET_MARKETS)
            return self._prompt(turn)
        self._reset_walkthrough(state)
        state.advance(CHOOSE_MARKETS)
        return self._prompt(turn)

    def _confirmed_ticket_fixed(
        self, turn: _Turn, text: str, field: str | None = None
    ) -> Reply | None:
        """After the ticket (black-box 46, D9): "公司名称打错了，是杭州云科信息科技有限公司" or
        "修改 公司名称" reopens the latest ticket at its review (or that field), as a new draft
        to confirm again; None when no ticket is on file or no ticket field is corrected."""
        state = turn.state
        # (At the market menu with nothing chosen: a vendor coming back in a new session is
        # greeted with it — black-box 50, D4: "修改 公司名称" there found nothing to change.)
        at_menu = state.step == CHOOSE_MARKETS and not state.markets
        if state.step not in (IDLE, VERDICT, DONE) and not at_menu:
            return None
        whole = _THE_TICKET.fullmatch(text.strip()) is not None
        fixes = [] if field or whole else ticket_field_fixes(text)
        added = None if field or whole or fixes else address_addition(text)
        if not fixes and not field and not whole and added is None:
            return None
        latest = latest_ticket(self.db, turn.key.team_id, turn.key.user_id)
        if latest is None:
            return None
        if added is not None:
            # "地址后面加上 B栋" after the ticket was confirmed (review 59 N4: the talk closed
            # politely, nothing changed): the address with the part after it, reopened.
            fixes = [("address", with_address_added(latest["fields"].get("address", ""), added))]
        lang = turn.lang
        fixes = [
            (name, with_address_part(latest["fields"].get(name, ""), value))
            if name == "address" and added is None
            else (name, value)
            for name, value in fixes
        ]
        try:
            cleaned = validated_ticket_fixes(fixes)
        except TicketFieldError as error:
            return self._prefixed(
                error.chat_en if lang == "en" else error.chat_zh, self._prompt(turn)
            )
        if at_menu:
            state.advance(IDLE)  # the menu left, as a greeting's menu is left for the ticket
        state.ticket_markets = list(latest["markets"])
        state.ticket_fields = {**latest["fields"], **cleaned}
        state.ticket_id, state.ticket_pending, state.ticket_draft = None, [], None
        reopened = t("ticket_reopened", lang, markets=q.market_list(state.ticket_markets, lang))
        if field:
            start_detour(state, TICKET_PLACE, field, TICKET_REVIEW)
            state.advance(TICKET_FIELD)
            return self._prefixed(reopened, self._prompt(turn))
        if whole:
            # "修改工单", "edit the ticket" (black-box 49, D5): its review again, every field kept.
            state.advance(TICKET_REVIEW)
            return self._prefixed(reopened, self._prompt(turn))
        lines = ticket_fix_lines(cleaned, lang)
        return self._prefixed("\n".join([reopened, *lines]), self._review(turn))

    def _change_target(self, turn: _Turn, text: str) -> Reply | None:
        """`修改 注册资金` / `change capital` / `改 电话`: ask that item again, then come back."""
        # "ok change the capital to 1 million", "好的，修改注册资金" (black-box s62 D6: not
        # understood): a filler before the change word.
        text = _FILLER_BEFORE_CHANGE.sub("", text, count=1)
        lowered = text.lower()
        if normalize_command(text) in CHANGE_FIELD_WORDS | {
            normalize_command(t("choice_change_field", lang)) for lang in ("zh", "en")
        }:
            return None  # the review's "change a field" button, handled by its step
        prefix = next((p for p in CHANGE_PREFIXES if lowered.startswith(p)), None)
        if prefix is None and turn.state.step in _TICKET_STEPS:
            # "地址改", "地址要改一下" (black-box 49, D4): the field named, then the change.
            after = _FIELD_THEN_CHANGE.fullmatch(text.strip())
            if after and resolve_ticket_field_name(after.group(1)):
                text = lowered = f"{_CHANGE_WORD} {after.group(1)}"
                prefix = _CHANGE_WORD
        after_ticket = turn.state.step in (IDLE, VERDICT, DONE) or (
            turn.state.step == CHOOSE_MARKETS and not turn.state.markets
        )
        if (
            prefix is None
            and _NEVER_MIND.search(text)
            and ticket_field_said_wrong(_NEVER_MIND.sub("", text).strip(" ，,。")) is not None
        ):
            # "公司名称后面少了个（杭州），算了不改了" (black-box s63 D17: the field asked again):
            # the change called off — nothing asked, the step's question again.
            return self._prefixed(t("change_called_off", turn.lang), self._prompt(turn))
        if prefix is None and (turn.state.step in _TICKET_STEPS or after_ticket):
            # "公司名称少了个字", "the address is missing the postcode, can I fix it?" (black-box
            # 50, D3): a field said to be wrong, no new value — that field asked again (after
            # the ticket was confirmed: the latest ticket reopened at it).
            wrong = ticket_field_said_wrong(text)
            if wrong is not None:
                if turn.state.step not in _TICKET_STEPS:
                    return self._confirmed_ticket_fixed(turn, text, wrong)
                text = lowered = f"{_CHANGE_WORD} {TICKET_FIELD_LABELS[wrong][0]}"
                prefix = _CHANGE_WORD
        if prefix is None:
            return None
        rest = text[len(prefix) :].strip(" ：:，,")
        if _MARKETS_TO.match(rest):
            return None  # "change markets to website building": other markets, read by the step
        state = turn.state
        if not rest:
            if state.step == TICKET_REVIEW:
                state.advance(TICKET_PICK_FIELD)
                return self._prompt(turn)
            return None
        if state.step == TICKET_REVIEW and ticket_field_fix(text) is not None:
            return None  # "change the phone to 138…": the value with it, read by the review
        if state.step == TICKET_REVIEW and _TICKET_MARKET_WORDS.fullmatch(rest.strip().lower()):
            # "修改 市场", "change markets": the ticket's markets (and deposit), not the
            # experience question of a market.
            state.ticket_draft = markets_change_draft(state)
            state.advance(TICKET_MARKETS)
            return self._prompt(turn)
        if state.step in _TICKET_STEPS:
            ticket_field = resolve_ticket_field_name(rest)
            if ticket_field:
                if state.step == TICKET_FIELD and state.current_ticket_field == ticket_field:
                    return self._prompt(turn)
                # A change during another change keeps the first return point.
                resume = TICKET_FIELD if state.step == TICKET_FIELD else TICKET_REVIEW
                start_detour(state, TICKET_PLACE, ticket_field, state.ticket_resume_step or resume)
                state.advance(TICKET_FIELD)
                return self._prompt(turn)
        if state.step not in _TICKET_STEPS and latest_ticket(
            self.db, turn.key.team_id, turn.key.user_id
        ):
            # "change company", "修改 公司", "change company name to 苏州大数据…" with a ticket on
            # file (black-box s56 D2, high: an eligibility answer was changed — "公司" named
            # 拥有正规的公司资质, the value's 大数据 the big-data question): the ticket's field.
            named = resolve_ticket_field_name(rest)
            if named or ticket_field_fix(text) is not None:
                reopened = self._confirmed_ticket_fixed(turn, text, named)
                if reopened is not None:
                    return reopened
        qid = self._resolve_profile_item(turn, rest)
        ticket_field = resolve_ticket_field_name(rest) if qid is None else None
        if ticket_field and state.step not in _TICKET_STEPS:
            # "修改 公司名称" after the ticket was confirmed: that ticket reopened at the field.
            reopened = self._confirmed_ticket_fixed(turn, text, ticket_field)
            if reopened is not None:
                return reopened
        if qid is None:
            if state.step == TICKET_FIELD or prefix == SHORT_CHANGE_PREFIX:
                return None  # "改革路1号" is an address, not a command
            fixed = self._confirmed_ticket_fixed(turn, text)
            if fixed is not None:
                # "change company name to 上海人云…" after the ticket (black-box 47, D16).
                return fixed
            labels = self._changeable_labels(turn)
            if not labels:
                return self._prefixed(t("change_nothing", turn.lang), self._prompt(turn))
            message = t(
                "change_unknown",
                turn.lang,
                text=rest[:50],
                labels="、".join(labels) if turn.lang == "zh" else ", ".join(labels),
            )
            return self._prefixed(message, self._prompt(turn))
        if (
            state.step == QUESTION
            and q.kind_of(qid) != "bool"
            and _carries_a_value(turn, text, qid)
        ):
            return None  # "更正一下：经验4年": a correction with its value, read by the form
        if state.step == QUESTION and state.current_question == qid:
            return self._prompt(turn)
        start_detour(state, ELIGIBILITY_PLACE, qid)
        state.advance(QUESTION)
        if (
            q.kind_of(qid) == "date"
            and _DATE_AFTER.search(text)
            and not _carries_a_value(turn, text, qid)
        ):
            # "修改 营业执照日期 2027年1月5日" (black-box s77 D12: asked again with no reason): the
            # date said is read at the question just opened, so why it is refused is said.
            return self._on_text(turn, _DATE_AFTER.search(text).group(0))
        if _carries_a_value(turn, text, qid):
            # "修改注册资金 一百五十万" after the verdict: the value said with it is the answer,
            # read by the question just opened (asking it again would ignore what was typed);
            # a yes/no item's value alone ("…改成否": 否).
            said = _BOOL_VALUE_AT_END.search(text.strip()) if q.kind_of(qid) == "bool" else None
            return self._on_text(turn, said.group("value") if said else text)
        return self._prompt(turn)

    def _changeable(self, turn: _Turn) -> list[str]:
        ids = list(q.requests_by_id(turn.state.markets)) if turn.state.markets else []
        for key, value in turn.profile.items():
            if key not in PROFILE_FIELDS:
                continue
            if key == q.EXPERIENCE_KEY and isinstance(value, Mapping):
                ids += [f"{key}:{market}" for market in value]
            else:
                ids.append(key)
        return list(dict.fromkeys(ids))

    def _changeable_labels(self, turn: _Turn) -> list[str]:
        return [q.label(qid, turn.lang) for qid in self._changeable(turn)]

    def _resolve_profile_item(self, turn: _Turn, rest: str) -> str | None:
        return resolve_profile_item(rest, turn.state.markets, turn.profile)

    def _finish_detour(self, turn: _Turn, prefix: str) -> Reply:
        """After a changed answer, go back to where the vendor was."""
        state = turn.state
        target: Step = state.resume_step or QUESTION
        state.detour, state.resume_step = None, None
        waiting, state.confirming_after = state.confirming_after, None
        if (
            waiting
            and target == QUESTION
            and state.confirming is None
            and state.pending
            and state.pending[0] == waiting.get("slot")
        ):
            state.confirming = waiting  # the value that waited before the detour waits again
        if target == QUESTION:
            if state.pending:
                return self._prefixed(prefix, self._prompt(turn))
            return self._prefixed(prefix, self._show_verdict(turn))
        if target in (VERDICT, DONE):
            if state.markets:
                return self._prefixed(prefix, self._show_verdict(turn))
            state.advance(DONE)
            return self._prefixed(prefix, self._prompt(turn))
        if target == TICKET_MARKETS and state.eligible and state.markets:
            # The re-check found an eligible market: its verdict (deposit, next steps) replaces
            # "no market was found eligible".
            return self._prefixed(prefix, self._show_verdict(turn))
        if target == TICKET_FIELD and not (state.ticket_pending or state.ticket_detour):
            target = TICKET_REVIEW
        state.advance(target)
        return self._prefixed(prefix, self._prompt(turn))
