""" "你还记得我们的注册资金吗", "do you still have our team size?": the vendor asks what the bot
holds of their own answers (black-box 47, D31 — after "delete my data" it got every market's
capital rule). Answered from the stored profile: the value on file, or that none is on file (the
data deleted, or never given). Mixed into `Engine` (bot/conversation/engine.py)."""

from __future__ import annotations

import re

from bot.conversation import questions as q
from bot.conversation.forms import resolve_profile_candidates
from bot.conversation.state import IDLE
from bot.conversation.turn import Said
from bot.conversation.turn import Turn as _Turn
from bot.conversation.types import Reply
from bot.i18n import t
from bot.lazy_re import lazy_compile
from rules.markets import MARKET_IDS

# What the bot remembers of the vendor, asked — never the rule of the thing named.
_RECALL_ASKED = lazy_compile(
    r"(你)?(还)?(记得|记不记得|记住了?|存了|保存了|有没有存)[^，,。？?]{0,4}(我们|我|我司|公司)的?"
    r"|(我们|我|我司|公司)的?[^，,。？?]{1,12}(是)?(多少|什么|几)来着"
    # "我之前填的注册资金是多少" (black-box s66 D7: every market's capital rule answered).
    r"|(我|我们|我司)(之前|刚才|前面|上次|刚刚|当时)?(填|写|报|说|答|回答|给)(的|了)[^，,。？?]{1,12}?(是)?(多少|什么|几|啥)"
    r"|(?<![a-z])what (did|have) (i|we) (fill(ed)? in|put down|write|wrote|enter(ed)?|type|typed) (for|as)(?![a-z])"
    r"|(?<![a-z])(do|did|can) you (still )?(remember|recall|have|know|keep)(?![a-z]).{0,8}"
    r"(?<![a-z])(our|my)(?![a-z])"
    r"|(?<![a-z])what (was|is|were) (our|my) .{2,40} again(?![a-z])"
    # "what's my registered capital again?" (black-box 51, D15), "what did I say for …".
    r"|(?<![a-z])what'?s (our|my) .{2,40} again(?![a-z])"
    r"|(?<![a-z])what did (i|we) (say|put|give|enter|answer) (for|as)(?![a-z])",
    re.IGNORECASE,
)
# Everything on file asked ("what answers have you saved for me?" — black-box s58 D20: declined
# as outside the guide): the status, with every saved answer.
_ALL_ANSWERS_ASKED = lazy_compile(
    r"(?<![a-z])(what|which) (answers|information|info|data|details) (have|did|do) you "
    r"(saved|stored|kept|recorded|got|have)(?![a-z])"
    r"|(?<![a-z])what (have|did) you (saved|stored|recorded|kept|got)( about| for| of| on)? (me|us)(?![a-z])"
    r"|(?<![a-z])what do you have (on file|saved|stored)(?![a-z])"
    # "what data do you still have on me?" after erasing (black-box s73 D8: a Data Intelligence
    # check started).
    r"|(?<![a-z])(what|which) (answers|information|info|data|details) (do|did) you (still )?"
    r"(have|keep|hold|store) (on|about|of) (me|us)(?![a-z])"
    r"|(?<![a-z])(show|list|see) (me |us )?(all )?(my|our) (saved |stored )?(answers|profile|data)(?![a-z])"
    r"|你们?(都)?(存|保存|记录|记)(了|下了)(我|我们|我司)?(的)?(哪些|什么)"
    r"|(我|我们)(的)?(已保存的|保存的)?(回答|答案|资料|信息)(都)?(有哪些|是什么|还在吗)"
    r"|(查看|看看|看下|看一下)(我|我们)?(的)?(已保存的|保存的)?(回答|答案)"
    # "can you show me what you recorded for us?", "我之前填的信息给我看一下" (black-box s65 D18:
    # declined, not understood).
    r"|(?<![a-z])(show|tell|give) (me|us) what you('ve| have)? (recorded|saved|stored|noted|got)(?![a-z])"
    r"|(我|我们)(之前|刚才|前面|上次)?(填|写|回答|提交)(的|过的)(信息|资料|回答|答案|内容)[^，,。？?]{0,4}"
    r"(给我|给我们|让我|让我们)?(看|看看|看一下|看下|发我|列一下|列出来)",
    re.IGNORECASE,
)
# What the rule asks, asked beside the vendor's own answer ("我们填的注册资金要多少才够",
# "我说的客服时间要几小时才行" — review 57 R8): the market's rule, not the answer on file.
_RULE_ASKED = lazy_compile(
    r"才(够|行|可以|能|算|达标|符合|满足)|(要|需要|得)(多少|几|多久|多长)|要求(是)?(多少|什么|几)"
    r"|\b(is (that|it) enough|enough to|required|do (we|i) need|how (much|many) (do|does|is) )",
    re.IGNORECASE,
)
# Fields named at most (a sentence naming many is no recall question).
_MAX_RECALLED = 3


class Recall:
    """The vendor's own answers, asked back; `self` is the engine."""

    def _before_recall(self, turn: _Turn, said: Said) -> Reply | None:
        if _ALL_ANSWERS_ASKED.search(said.text):
            return self._command_status(turn)
        if not _RECALL_ASKED.search(said.text) or _RULE_ASKED.search(said.text):
            return None
        named = resolve_profile_candidates(said.text, MARKET_IDS, turn.profile)
        if not named or len(named) > _MAX_RECALLED:
            return None
        lang = turn.lang
        lines = []
        for qid in named:
            value = q.known_value(turn.profile, qid)
            label = q.label(qid, lang)
            if value is None:
                lines.append(t("recall_none", lang, label=label))
            else:
                shown = q.format_value(qid, value, lang, turn.state.markets or None)
                lines.append(t("recall_value", lang, label=label, value=shown))
        text = "\n".join(lines)
        if turn.state.step == IDLE:
            return Reply(text=text)
        return self._prefixed(text, self._prompt(turn))
