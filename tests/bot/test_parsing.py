"""Input as people type it (SPEC: 100万, 一百万, 1,000,000, 壹佰万元; 5x8, 5*8, 7×24; 是/否;
2019-03-01, 2019年3月1日, 2019/3/1)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parsing import (
    ParseError,
    parse_bool,
    parse_date,
    parse_industry,
    parse_int,
    parse_money,
    parse_support,
    parse_years,
)

TODAY = date(2024, 6, 15)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("100万", Decimal(1000000)),
        ("一百万", Decimal(1000000)),
        ("壹佰万元", Decimal(1000000)),
        ("1,000,000", Decimal(1000000)),
        ("1000000元", Decimal(1000000)),
        ("100 万", Decimal(1000000)),
        ("１００万", Decimal(1000000)),
        ("1.5亿", Decimal(150000000)),
        ("50w", Decimal(500000)),
        ("10万元人民币", Decimal(100000)),
        ("¥30,000", Decimal(30000)),
        ("12345.67", Decimal("12345.67")),
        ("0", Decimal(0)),
        ("1 million", Decimal(1000000)),
        ("RMB 2 million", Decimal(2000000)),
        ("2.5 million", Decimal(2500000)),
        ("CNY 1.5m", Decimal(1500000)),
        ("500 thousand", Decimal(500000)),
    ],
)
def test_parse_money(text: str, amount: Decimal) -> None:
    assert parse_money(text) == amount


@pytest.mark.parametrize(
    "text", ["-100", "负一百", "abc", "", "  ", "😀", "1.234", "100万万", "1e5"]
)
def test_parse_money_rejects(text: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_money(text)
    assert caught.value.zh and caught.value.en


def test_money_error_says_what_and_example() -> None:
    with pytest.raises(ParseError) as caught:
        parse_money("很多")
    assert caught.value.zh == "“很多”不是金额：请输入金额（元），例如 100万、一百万、1,000,000"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20", 20),
        ("二十", 20),
        ("20人", 20),
        ("二十个", 20),
        ("２０", 20),
        ("有，30人", 30),
        ("约30人", 30),
        ("大约三十个", 30),
        ("30人左右", 30),
        ("about 30", 30),
    ],
)
def test_parse_int(text: str, value: int) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize("text", ["-3", "1.5", "二十点五", "", "lots", "有", "约"])
def test_parse_int_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_int(text)


def test_parse_int_bounds() -> None:
    assert parse_int("1", minimum=1, maximum=5) == 1
    with pytest.raises(ParseError, match="above 5"):
        parse_int("6", maximum=5)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2", Decimal(2)),
        ("两年", Decimal(2)),
        ("1.5年", Decimal("1.5")),
        ("一年半", Decimal("1.5")),
        ("半年", Decimal("0.5")),
        ("18个月", Decimal("1.5")),
        ("11个月", Decimal("0.92")),  # to the nearest hundredth, never a full year
        ("3 years", Decimal(3)),
    ],
)
def test_parse_years(text: str, years: Decimal) -> None:
    assert parse_years(text) == years


@pytest.mark.parametrize("text", ["-1年", "很久", "", "1000年"])
def test_parse_years_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_years(text)


@pytest.mark.parametrize(
    "text",
    [
        "2019-03-01",
        "2019年3月1日",
        "2019/3/1",
        "2019.3.1",
        "20190301",
        "２０１９年３月１号",
        "March 1, 2019",
        "1 March 2019",
        "Mar 1 2019",
        "mar. 1st, 2019",
        "1st of March 2019",
    ],
)
def test_parse_date(text: str) -> None:
    assert parse_date(text, today=TODAY) == date(2019, 3, 1)


def test_parse_date_rejects_impossible_and_future() -> None:
    with pytest.raises(ParseError, match="does not exist"):
        parse_date("2019-02-30", today=TODAY)
    with pytest.raises(ParseError, match="future"):
        parse_date("2024-06-16", today=TODAY)
    assert parse_date("2024-06-16", today=TODAY, allow_future=True) == date(2024, 6, 16)
    assert parse_date("2024-06-15", today=TODAY) == TODAY
    with pytest.raises(ParseError):
        parse_date("2019年3月", today=TODAY)
    with pytest.raises(ParseError, match="does not exist"):
        parse_date("February 30, 2019", today=TODAY)
    with pytest.raises(ParseError, match="March 1, 2019"):
        parse_date("Marchember 1, 2019", today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "是",
        "有",
        "对",
        "可以",
        "能",
        "yes",
        "Y",
        "true",
        "1",
        "✅",
        "是的。",
        "OK",
        "有的",
        "是的，我们有",
        "yes, we do",
    ],
)
def test_parse_bool_yes(text: str) -> None:
    assert parse_bool(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "否",
        "没有",
        "没",
        "不是",
        "不可以",
        "不能",
        "no",
        "N",
        "false",
        "0",
        "❌",
        "否，暂时没有",
        "暂时没有",
        "暂无",
        "no, not yet",
    ],
)
def test_parse_bool_no(text: str) -> None:
    assert parse_bool(text) is False


@pytest.mark.parametrize("text", ["也许", "", "maybe", "1,3", "也许，有吧"])
def test_parse_bool_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_bool(text)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("5x8", "5x8"),
        ("5*8", "5x8"),
        ("5×8", "5x8"),
        ("5X8", "5x8"),
        ("５＊８", "5x8"),
        ("5*8小时", "5x8"),
        ("工作日", "5x8"),
        ("6x12", "5x8"),
        ("7x24", "7x24"),
        ("7*24", "7x24"),
        ("7×24", "7x24"),
        ("24小时", "7x24"),
        ("无", "none"),
        ("没有", "none"),
        ("none", "none"),
    ],
)
def test_parse_support(text: str, level: str) -> None:
    assert parse_support(text) == level


@pytest.mark.parametrize("text", ["8x5x2", "9x30", "全职", "", "5x7", "3x8", "7x7"])
def test_parse_support_rejects(text: str) -> None:
    with pytest.raises(ParseError):
        parse_support(text)


@pytest.mark.parametrize(
    ("text", "industry"),
    [
        ("金融", "finance"),
        ("物流行业", "logistics"),
        ("电子商务", "ecommerce"),
        ("政务", "government"),
        ("Media", "media"),
        ("IoT", "iot"),
        ("其他", "other"),
    ],
)
def test_parse_industry(text: str, industry: str) -> None:
    assert parse_industry(text) == industry


def test_parse_industry_lists_choices() -> None:
    with pytest.raises(ParseError) as caught:
        parse_industry("教育")
    assert "其他" in caught.value.zh


PARSERS = [parse_money, parse_int, parse_years, parse_bool, parse_support, parse_industry]
TYPED = st.text(alphabet="0123456789０１２３万亿元,.-*x×年月个半一二两十百千壹佰是否 ", max_size=12)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=40), TYPED))
def test_parsers_raise_only_parse_error(text: str) -> None:
    for parser in [*PARSERS, lambda t: parse_date(t, today=TODAY)]:
        try:
            parser(text)
        except ParseError as error:
            assert error.zh and error.en


@pytest.mark.parametrize("parser", PARSERS)
def test_ten_kilobytes_is_a_parse_error(parser) -> None:
    with pytest.raises(ParseError):
        parser("1" * 10_000)


@pytest.mark.parametrize(
    "parser", [parse_money, parse_years, lambda t: parse_years(t + "个月"), parse_int]
)
def test_numbers_beyond_decimal_precision_are_parse_errors(parser) -> None:
    with pytest.raises(ParseError):
        parser("1" + "0" * 40)


def test_support_below_5x8_lists_the_options() -> None:
    with pytest.raises(ParseError) as caught:
        parse_support("5x7")
    assert (
        caught.value.zh
        == "“5x7”不是可选的服务时段：请回答 5x8、7x24 或 无（达不到 5x8 时请回答“无”）。"
    )
    assert "5x8" in caught.value.en and "7x24" in caught.value.en and "none" in caught.value.en


def test_support_note_explains_a_mapped_coverage() -> None:
    from bot.parsing import support_note

    assert support_note("6x12") == (
        "6x12 不低于 5x8（天数和每天小时数都不少于 5x8），按 5x8 记录；它达不到 7x24。",
        "6x12 is at least 5x8 (no fewer days, no fewer hours a day), so it is recorded as 5x8; "
        "it does not reach 7x24.",
    )
    assert support_note("5x8") is None and support_note("7*24") is None
    assert support_note("5x7") is None  # refused, not mapped
