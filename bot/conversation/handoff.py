"""Hand-off to staff: "转人工 <question>", a bare 转人工 (the latest question the bot could not
answer, confirmed first when it is old), and the question typed after "what should I pass on?".
Mixed into `Engine` (bot/conversation/engine.py)."""

from __future__ import annotations

import re

import sqlite_utils

from bot.answers.handoff import record_handoff
from bot.conversation import questions as q
from bot.conversation.form_runner import is_no, is_yes
from bot.conversation.helpers import clip, join
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Notification, Reply
from bot.i18n import t
from bot.texts import both

# "转人工 <question>", "human: <question>": the command with the text to hand over. A bare word
# like 人工 or human needs a separator, so "人工智能…" or "humanities" stay ordinary text.
_HANDOFF_WITH_TEXT = re.compile(
    r"^\s*(?:(?:转人工|人工客服)\s*[：:，,]?|(?:人工|human|talk to a human|staff|support)"
    r"\s*[：:，,]|(?:人工|human|talk to a human)\s+)\s*(?P<text>\S.*)$"
    # "ok, human please, I want to know the current rates" (black-box s55 D10): the word with a
    # please, after a filler, then the question.
    r"|^\s*(?:ok|okay|yes|yeah|好的|好)?[,，\s]*(?:a\s+)?(?:human|staff|real person|转人工|人工)"
    r"\s*(?:please|pls|plz|thanks|一下|吧)\s*[,，.:：;；\s]\s*(?P<text2>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# The same without the question after it: "human please", "ok human pls".
_HANDOFF_ALONE = re.compile(
    r"^\s*(?:ok|okay|yes|yeah|好的|好)?[,，\s]*(?:a\s+)?(?:human|staff|real person)"
    r"\s*(?:please|pls|plz)\s*[.!！]*\s*$",
    re.IGNORECASE,
)
# A bare 转人工 more than this many messages after the question it would forward asks first.
HANDOFF_FRESH_TURNS = 2


class Handoff:
    """Hand-off of `Engine`; `self` is the engine."""

    db: sqlite_utils.Database

    def _before_handoff_confirm(self, turn: _Turn, said: Said) -> Reply | None:
        """The answer to "forward this older question?": 是 forwards it, a new text is the
        question to forward, 否 or a command lets the message through."""
        state = turn.state
        if not state.confirm_handoff:
            return None
        state.confirm_handoff = False
        if not said.is_command and is_yes(said.text):
            return self._on_handoff(turn, state.unanswered_question, confirmed=True)
        if not said.is_command and not is_no(said.text):
            return self._on_handoff(turn, said.text)
        return None

    def _before_handoff(self, turn: _Turn, said: Said) -> Reply | None:
        """ "转人工 <question>", or the message after "what should I pass on?"."""
        state = turn.state
        if _HANDOFF_ALONE.match(said.text) and not said.is_command:
            return self._on_handoff(turn)  # "human please": the question the bot could not answer
        handoff = _HANDOFF_WITH_TEXT.match(said.text)
        if handoff and not said.is_command:
            state.awaiting_handoff = False
            return self._on_handoff(turn, (handoff.group("text") or handoff.group("text2")).strip())
        if state.awaiting_handoff:
            state.awaiting_handoff = False
            if not said.is_command:
                return self._on_handoff(turn, said.text)
        return None

    def _command_human(self, turn: _Turn) -> Reply | None:
        return self._on_handoff(turn)

    def _on_handoff(
        self, turn: _Turn, text: str | None = None, *, confirmed: bool = False
    ) -> Reply:
        """Hand `text` to staff; a bare 转人工 hands over the latest question the bot could not
        answer confidently, or asks what to hand over (never a question label of the flow)."""
        state = turn.state
        lang = turn.lang
        # The whole question goes to staff (messages are capped at 2,000 characters earlier);
        # only the echo to the vendor is shortened.
        question = (text or "") or state.unanswered_question
        prompt = self._prompt(turn)
        if not question:
            state.awaiting_handoff = True
            return Reply(text=t("handoff_ask", lang))
        stale = state.turn_number - state.unanswered_turn > HANDOFF_FRESH_TURNS
        if not text and not confirmed and stale:
            # Asked many messages ago (or in an earlier session): ask before forwarding it.
            state.confirm_handoff = True
            return Reply(
                text=t("handoff_confirm_old", lang, question=clip(question, 200)),
                choices=q.choices_for("legal_entity", lang),
            )
        reply = Reply(text=t("handoff_unavailable", lang), choices=prompt.choices)
        key = turn.key

        def hand_over(final: Reply) -> None:
            handoff_id = record_handoff(self.db, key.team_id, key.user_id, question, lang)
            final.text = join(
                t("handoff_done", lang, id=handoff_id, question=clip(question, 200)), prompt.text
            )
            final.notifications.append(
                Notification(
                    kind="handoff",
                    text=both(
                        "notify.handoff", who=key.user_id, language=t("notify.language_name", lang)
                    )
                    + f": {question}",
                    dedupe_key=f"handoff:{key.team_id}:{handoff_id}",
                    data={
                        "team_id": key.team_id,
                        "user_id": key.user_id,
                        "handoff_id": handoff_id,
                        "question": question,
                        "lang": lang,
                    },
                )
            )

        turn.after_commit.append(hand_over)
        state.unanswered_question = None
        return reply
