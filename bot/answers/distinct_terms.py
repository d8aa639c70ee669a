"""ASKED: "第二步那个企业实名认证跟零售通要求的企业名称认证是一回事吗", "Is the 审核 after applying
the same as 企业实名认证? and which one comes first?". FAILS: "是，需要" with 零售通's condition,
"Yes." with the steps' order — two different things of the guide called one. FIX: two names of
data/distinct_terms.yaml asked to be the same get 不是 / No first, then what each is in the
guide's words; when both are joining steps, which comes first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot.answers.knowledge import _read_yaml, sections, source_line
from bot.answers.matcher import has_whole_word
from bot.answers.model import Answer, with_source
from bot.answers.text import normalize
from bot.conversation.types import Lang
from bot.lazy_re import lazy_compile
from bot.texts import t

# Two names asked to be one: "是一回事吗", "一样吗", "the same as", "same thing".
_ASKS_SAME = lazy_compile(
    r"一回事|同一个|一个东西|一个意思|一样吗|相同吗|是不是一样|是一样的吗|是不是就是|就是[^，,。？?]{0,12}吗"
    r"|\b(the same( thing)?( as)?|same thing|identical|different from|differ from|one and the same)\b"
)


@dataclass(frozen=True)
class DistinctTerm:
    name: str
    forms: tuple[str, ...]
    section: str
    step: int | None
    zh: str
    en: str

    def body(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.zh


@cache
def distinct_terms() -> tuple[DistinctTerm, ...]:
    raw = _read_yaml("distinct_terms.yaml")["terms"]
    return tuple(
        DistinctTerm(
            name=name,
            forms=tuple(normalize(str(form)) for form in value["forms"]),
            section=str(value["section"]),
            step=value.get("step"),
            zh=str(value["zh"]),
            en=str(value["en"]),
        )
        for name, value in raw.items()
    )


def _spans(term: DistinctTerm, norm: str) -> list[tuple[int, int]]:
    found = []
    for form in term.forms:
        start = norm.find(form)
        while start >= 0:
            end = start + len(form)
            if not form.isascii() or has_whole_word(norm[max(0, start - 1) : end + 1], form):
                found.append((start, end))
            start = norm.find(form, end)
    return found


def _named(norm: str) -> list[DistinctTerm]:
    """The terms named, in the order named; a form inside a longer one of another term (实名认证
    in 企业实名认证) counts once, for the longer."""
    spans = [(span, term) for term in distinct_terms() for span in _spans(term, norm)]
    kept: dict[str, int] = {}
    for (start, end), term in spans:
        inside_longer = any(
            other is not term
            and o_start <= start
            and end <= o_end
            and (o_end - o_start) > end - start
            for (o_start, o_end), other in spans
        )
        if not inside_longer:
            kept[term.name] = min(kept.get(term.name, start), start)
    by_name = {term.name: term for term in distinct_terms()}
    return [by_name[name] for name in sorted(kept, key=kept.__getitem__)]


def distinct_terms_answer(question: str, lang: Lang) -> Answer | None:
    """不是一回事 and what each of two named terms is; None unless two terms of the data are
    named and asked to be the same."""
    norm = normalize(question)
    if not _ASKS_SAME.search(norm):
        return None
    named = _named(norm)
    if len(named) != 2:
        return None
    first, second = named
    lines = [t("answers_terms_not_the_same", lang), first.body(lang), second.body(lang)]
    if first.step and second.step and first.step != second.step:
        earlier, later = sorted(named, key=lambda term: term.step or 0)
        lines.append(t("answers_terms_step_first", lang, first=earlier.step, second=later.step))
    keys = list(dict.fromkeys(term.section for term in named))
    joiner = t("answers_routing_sources_joiner", lang)
    source = joiner.join(source_line(sections()[key], None, lang) for key in keys)
    return Answer(
        with_source("\n".join(lines), source, lang), lang, True, "terms.distinct", source, []
    )
