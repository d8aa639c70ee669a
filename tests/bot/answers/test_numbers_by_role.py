"""Numbers by role (round 17): a number the vendor gives as an identifier (an account id, an
order number, a phone number) or as a date (the year the company was founded) is never read as
money, years or people, and never restated as one.

The class test re-asks every question of every answer set (a fixed-seed 15 % of each — 40 %
until round 53, when the sets had grown to make it CI's longest module by far) with such
numbers added around it, in the question's language, before or after it, and compares the
answer with the answer to the question as written: the added numbers (or any of their parts)
are never stated (the phone may be copied, as written, into a drafted ticket's 电话 line), and
no number appears that the plain answer did not have — except the founding year itself, its
age, and the guide's own figures (an added clause or a founding year can move a question to a
neighbouring answer that quotes other guide figures: a routing matter, counted in
docs/ANSWERS.md "Numbers by role (round 17)").
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
import yaml

from bot.answers import answer
from bot.answers.provenance import _guide_values, _vendor_values, invented_numbers
from bot.lang import detect_lang_or_zh

HERE = Path(__file__).parent
SETS = sorted(HERE.glob("*_questions.yaml")) + sorted((HERE / "blind").glob("*_questions.yaml"))
TODAY = date(2026, 12, 1)
# A share of each set, drawn with a fixed seed, keeps the whole test near half a minute.
SAMPLE_SHARE = 0.15
SEED = 17

IDS_ZH = "（账号ID: V20231108，订单号 2023110812345，电话 0571-88886666）"
IDS_EN = "(vendor ID A77123, order 2023110812345, phone +86 571 8888 6666)"
FOUNDED_ZH = "（2014年成立）"
FOUNDED_EN = "(founded 2014)"
# Every number the identifiers hold, whole and in parts.
ID_PARTS = {
    Decimal(part)
    for part in (
        "20231108 2023110812345 0571 571 88886666 8888 6666 77123 12345 20231 2023 1108 86"
    ).split()
}
# The phone may be copied, as written, into the deposit ticket's 电话 line (ticket_fill.py).
_PHONE_LINE = re.compile(r"^(电话|联系电话|phone|tel)\s*[：:].*$", re.IGNORECASE | re.MULTILINE)
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*万)?")
_STRUCTURAL_MAX = 31
# 2014 and its age on 2026-12-01: 12 years, 143 to 155 months as the threshold answers count.
# The current year too: with a year in the question, "这个月" can be named as "2026年12月"
# (the month the vendor means, not a number of theirs read in a role).
FOUNDING_ALLOWED = {Decimal(2014), Decimal(12), Decimal(11), Decimal(TODAY.year)} | {
    Decimal(months) for months in range(143, 156)
}


def _numbers(text: str) -> set[Decimal]:
    found: set[Decimal] = set()
    for match in _NUMBER.finditer(unicodedata.normalize("NFKC", text)):
        value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        found.add(value * 10_000 if match.group(3) else value)
    return found


def _new_numbers(plain: str, asked: str) -> set[Decimal]:
    """Numbers in `asked`'s answer that `plain`'s answer did not state; small whole numbers
    (list positions, steps, tiers) are structure."""
    new = _numbers(asked) - _numbers(plain)
    return {v for v in new if not (v <= _STRUCTURAL_MAX and v == v.to_integral_value())}


def _with(question: str, index: int, zh: str, en: str) -> str:
    """The question with `zh` / `en` (its language) before it (odd items) or after it."""
    added = zh if detect_lang_or_zh(question) == "zh" else en
    if index % 2:
        return added + question if added == zh else f"{added} {question}"
    return question + added if added == zh else f"{question} {added}"


@cache
def _sample(path: Path) -> list[tuple[int, str]]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    chosen = random.Random(f"{SEED}:{path.name}").sample(
        range(len(items)), max(1, int(len(items) * SAMPLE_SHARE))
    )
    return [(index + 1, items[index]["q"]) for index in sorted(chosen)]


@cache
def _plain(question: str) -> str:
    return answer(question, today=TODAY).text


def _set_id(path: Path) -> str:
    return path.name.removesuffix("_questions.yaml")


@pytest.mark.parametrize("path", SETS, ids=[_set_id(path) for path in SETS])
def test_identifiers_around_a_question_never_become_numbers_in_the_answer(path: Path) -> None:
    wrong = []
    for index, question in _sample(path):
        asked = _with(question, index, IDS_ZH, IDS_EN)
        reply = answer(asked, today=TODAY).text
        plain = _plain(question)
        said = _numbers(_PHONE_LINE.sub("", reply)) - _numbers(plain)
        new = _new_numbers(plain, _PHONE_LINE.sub("", reply)) - _guide_values()
        if said & ID_PARTS or new:
            wrong.append(
                f"n={index} {asked!r}: {sorted(map(str, said & ID_PARTS | new))}\n"
                f"    → {reply[:300]!r}"
            )
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("path", SETS, ids=[_set_id(path) for path in SETS])
def test_a_founding_year_around_a_question_is_never_money_or_years(path: Path) -> None:
    wrong = []
    for index, question in _sample(path):
        asked = _with(question, index, FOUNDED_ZH, FOUNDED_EN)
        reply = answer(asked, today=TODAY).text
        # The vendor's own figures may be restated once a verdict judges them.
        new = (
            _new_numbers(_plain(question), reply)
            - FOUNDING_ALLOWED
            - _guide_values()
            - _vendor_values(question)
        )
        # "14年" / "14 years" is never the licence's age from 2014.
        read_as_years = re.search(r"(?<!\d)14\s*(年|years?)(?!成立)", reply)
        if new or read_as_years or invented_numbers(asked, reply, TODAY):
            wrong.append(f"n={index} {asked!r}: {sorted(map(str, new))}\n    → {reply[:300]!r}")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        # The phone stops at the bracket that closes the aside it was typed in …
        (
            "（账号ID: V20231108，订单号 2023110812345，电话 0571-88886666）我们只入驻建站市场",
            {"phone": "0571-88886666"},
        ),
        # … a field stops where an aside it never closes begins …
        (
            "联系人 张三（账号ID: V20231108，订单号 2023110812345）",
            {"contact": "张三"},
        ),
        # … and a bracket the value opens and closes is its own.
        ("公司：阿里云（杭州）有限公司，电话 13912345678", None),
    ],
)
def test_a_ticket_field_given_in_the_question_stops_at_its_own_end(
    question: str, fields: dict[str, str] | None
) -> None:
    from bot.answers.ticket_fill import given_fields

    found = given_fields(question)
    if fields is None:
        assert found["company"] == "阿里云（杭州）有限公司", found
    else:
        assert all(found.get(name) == value for name, value in fields.items()), found


@pytest.mark.parametrize(
    "question",
    [
        "Is 0571-85022088 the vendor hotline?",
        "0571-85022088 是云市场的服务商热线吗？",
        "0571-85022088 是不是你们的客服电话",
        "What is the vendor hotline number?",
    ],
)
def test_a_phone_number_asked_about_is_declined_the_guide_lists_none(question: str) -> None:
    """dev14c n=192: the guide gives no phone number at all (only the staff contact page), so
    a number asked about is neither confirmed nor answered with the joining steps."""
    reply = answer(question, today=TODAY)
    assert reply.out_of_scope, reply.text
    assert "85022088" not in reply.text and "服务商服务人员联系方式" in reply.text, reply.text
