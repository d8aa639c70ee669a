"""The joining journey in the conversation (bot/journey.py): "完成 第4步", "合同签好了",
"不再提醒", and 进度 / status with the journey's steps once it has started. Mixed into `Engine`
(bot/conversation/engine.py)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlite_utils

from bot import journey
from bot.conversation.flow import FLOW
from bot.conversation.helpers import join
from bot.conversation.state import DONE, IDLE
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import CONSOLE_TEAM, Reply
from bot.i18n import COMMANDS

# Where no form question waits for an answer: a plain "合同签好了" may be a journey step.
_JOURNEY_STEPS: frozenset[str] = FLOW.steps_where("journey")
# Where the journey's reply stands alone (no question to put again below it).
_NO_QUESTION_STEPS: frozenset[str] = frozenset({IDLE, DONE})


class JourneyStatements:
    """The joining journey of `Engine`; `self` is the engine."""

    db: sqlite_utils.Database

    def _before_journey(self, turn: _Turn, said: Said) -> Reply | None:
        """Plain statements are read only outside a walk-through, so an answer to a question
        is never taken for a step."""
        key, state = turn.key, turn.state
        outside_forms = state.step in _JOURNEY_STEPS
        if said.command in COMMANDS["status"] and outside_forms:
            started = journey.load_journey(self.db, key.team_id, key.user_id)
            if started is None:
                return None
            status = join(self._status_text(turn), journey.render_journey(started, turn.lang))
            return Reply(text=status)
        found = journey.read_command(said.text, in_form=not outside_forms)
        if found is None:
            return None
        source = "home" if turn.clicked else "console" if key.team_id == CONSOLE_TEAM else "chat"
        said_back = journey.apply_vendor_command(
            self.db,
            key.team_id,
            key.user_id,
            found,
            lang=turn.lang,
            source=source,
            at=datetime.now(UTC),
        )
        if state.step in _NO_QUESTION_STEPS:
            return Reply(text=said_back)
        return self._prefixed(said_back, self._prompt(turn))
