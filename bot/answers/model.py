"""The answer type every adapter (CLI, console, Slack) renders."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from bot.conversation.types import Lang
from bot.texts import t

# Chat-sized: Slack shows ~4,000 characters per message, but a vendor reads a phone screen.
MAX_ANSWER_CHARS = 900


@dataclass
class Answer:
    text: str  # ends with its source line, e.g. "（出处：服务商入驻 › 3.保证金规则及缴纳方式）"
    lang: Lang
    confident: bool  # False → the text says so, lists closest topics, offers hand-off to staff
    topic: str | None  # knowledge-base entry id, or e.g. "computed.deposit"
    source: str | None  # the guide section
    suggestions: list[str] = field(default_factory=list)  # closest topic titles when unsure
    out_of_scope: bool = False


def with_source(body: str, source: str, lang: Lang) -> str:
    """The body, then the guide section it comes from on its own line."""
    tail = t("answers.source", lang, source=source)
    body = body.strip()
    room = MAX_ANSWER_CHARS - len(tail) - 1
    if len(body) > room:
        # Cut at a line end so no fact is shown half-written.
        cut = body.rfind("\n", 0, room - 1)
        body = body[: cut if cut > 0 else room - 1].rstrip() + "…"
    return f"{body}\n{tail}"


def fitted(found: Answer) -> Answer:
    """The answer within MAX_ANSWER_CHARS. A step that adds an opening line after the body was
    fitted (an English quote is longer than the Chinese one) may push it over; the body is then
    cut at a line end again and the source line kept."""
    if len(found.text) <= MAX_ANSWER_CHARS:
        return found
    body, _, last = found.text.rpartition("\n")
    if not (found.source and last == t("answers.source", found.lang, source=found.source)):
        body, last = found.text, ""
    room = MAX_ANSWER_CHARS - len(last) - 1
    cut = body.rfind("\n", 0, room - 1)
    body = body[: cut if cut > 0 else room - 1].rstrip() + "…"
    return replace(found, text=f"{body}\n{last}" if last else body)


def with_line_before_source(found: Answer, line: str) -> Answer:
    """`found` with `line` added after its body and before its source line (at the end when it
    has none), fitted to the message size again."""
    body, _, last = found.text.rpartition("\n")
    if body and found.source and last == t("answers.source", found.lang, source=found.source):
        return fitted(replace(found, text=f"{body}\n{line}\n{last}"))
    return fitted(replace(found, text=f"{found.text}\n{line}"))
