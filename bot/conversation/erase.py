""" "Delete my data" in the conversation: the request asks for confirmation; yes erases every
row about the vendor inside the turn's transaction, anything else keeps it. Mixed into `Engine`
(bot/conversation/engine.py)."""

from __future__ import annotations

import sqlite_utils

from bot.conversation.state import ConversationState
from bot.conversation.store import latest_ticket
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Choice, Reply
from bot.i18n import CONFIRM_WORDS, normalize_command
from bot.lazy_re import lazy_compile
from bot.parsing import ParseError, parse_bool
from bot.privacy import ERASE_TEXTS, NO_LABEL, YES_LABEL, erase_vendor, is_erase_request
from bot.texts import t

# Whether the vendor's data is still kept, asked: "我的数据还在吗", "is my data gone?" — the
# whole message, never "之前在阿里云后台填的资料还在吗" (review 68 R9).
_DATA_STILL_ASKED = lazy_compile(
    r"(?:^|[，,。\s])(?:我的|我们的|我们公司的|我司的)?(?:数据|资料|信息|个人信息|工单|回答)"
    r"(?:还在吗|还在不在|删(?:掉|除)?了吗|删干净了吗|都删了吗|清空了吗)"
    r"|(?<![a-z])(?:is|are) (?:my|our) (?:data|info|information|answers|tickets?) (?:still there|gone|deleted|erased)"
    r"|(?<![a-z])(?:did|have) you (?:really )?(?:delete|deleted|erase|erased|remove|removed) (?:my|our|all)"
    r"(?: of (?:my|our))? (?:data|info|information|answers)"
)
# The ticket the vendor filed in Alibaba Cloud's ticket system, asked about: "之前提交的工单还在吗",
# "is the ticket I submitted still there?" (review 69 N7: the ticket step's template).
_SUBMITTED_TICKET_ASKED = lazy_compile(
    # The whole message: "…提交的工单呢？多久能处理完" asks the step and its time (review 70 R6).
    # ("我之前提交的那个工单呢？", "那我在阿里云提交的工单还在吗？" — review 71 R13.)
    r"^(?:那|那么)?(?:我|我们)?(?:之前|以前|刚才)?(?:在阿里云(?:工单系统)?)?(?:提交|递交|交)(?:过|了)?的(?:那个)?工单"
    r"(?:还在吗|还在不在|还有吗|还有没有|删(?:掉|除)?了吗|没了吗|也删了吗|呢)[?？。]*$"
    r"|^(?:is|are) (?:my|our|the) (?:submitted|filed) tickets? (?:still there|gone|deleted)(?: too)?\??$"
    r"|^(?:is|are) the tickets? (?:i|we) (?:submitted|filed|sent)(?: in alibaba cloud)? (?:still there|gone|deleted)(?: too)?\??$"
    r"|^the tickets? (?:i|we) (?:submitted|filed|sent)(?: in alibaba cloud)? (?:is|are) (?:still there|gone|deleted)(?: too)?\??$"
)
# Data kept elsewhere: "之前在阿里云后台填的资料还在吗" asks about the application (review 68 R9).
_KEPT_ELSEWHERE = lazy_compile(
    r"阿里云|后台|申请|平台|云市场|控制台|提交的|(?<![a-z])(?:console|application|alibaba)(?![a-z])"
)


class Erase:
    """Erasure of `Engine`; `self` is the engine."""

    db: sqlite_utils.Database

    def _before_erase(self, turn: _Turn, said: Said) -> Reply | None:
        if turn.state.awaiting_erase or is_erase_request(said.text):
            return self._on_erase_request(turn, said.text)
        if _SUBMITTED_TICKET_ASKED.search(said.text.strip().casefold()):
            key = turn.key
            kept = bool(turn.profile) or latest_ticket(self.db, key.team_id, key.user_id)
            here = t("privacy.data_kept" if kept else "privacy.data_gone", turn.lang)
            return self._prefixed(
                f"{t('privacy.submitted_elsewhere', turn.lang)}\n{here}", self._prompt(turn)
            )
        if _DATA_STILL_ASKED.search(said.text.strip().casefold()) and not _KEPT_ELSEWHERE.search(
            said.text.casefold()
        ):
            # "我的数据还在吗" right after the erasure (black-box s76 D25: declined as outside
            # the guide): what is on file about the vendor, said.
            key = turn.key
            kept = bool(turn.profile) or latest_ticket(self.db, key.team_id, key.user_id)
            return self._prefixed(
                t("privacy.data_kept" if kept else "privacy.data_gone", turn.lang),
                self._prompt(turn),
            )
        return None

    def _on_erase_request(self, turn: _Turn, text: str) -> Reply:
        """A request to delete their data asks for confirmation; then yes erases it all,
        any other reply keeps it."""
        state = turn.state
        lang = turn.lang
        if not state.awaiting_erase or is_erase_request(text):
            state.awaiting_erase = True
            return Reply(
                text=ERASE_TEXTS["confirm"][lang],
                choices=[Choice("yes", YES_LABEL[lang]), Choice("no", NO_LABEL[lang])],
            )
        state.awaiting_erase = False
        try:
            confirmed = parse_bool(text)
        except ParseError:
            confirmed = normalize_command(text) in CONFIRM_WORDS
        if confirmed:
            turn.erase = True
            return Reply(text=ERASE_TEXTS["erased"][lang])
        return self._prefixed(ERASE_TEXTS["kept"][lang], self._prompt(turn))

    def _erase(self, turn: _Turn) -> int:
        """Erase the vendor's data (every conversation included); the turn continues on a
        fresh state that keeps only the language. Returns the version to save it under."""
        old = turn.state
        erase_vendor(self.db, turn.key.team_id, turn.key.user_id, actor=turn.key.user_id)
        turn.state = ConversationState(
            lang=old.lang, lang_settled=old.lang_settled, lang_explicit=old.lang_explicit
        )
        turn.profile, turn.profile_changes = {}, {}
        return 0  # the conversation row is gone: a fresh one is inserted
