"""Where the numbers of an answer come from: the guide, or the vendor — never an identifier.

`invented_numbers(question, reply_text, today)` lists every number the reply states that is
neither in the guide's data (rules/data/*.yaml, bot/answers/data/*.yaml: the seed text, the
rates, deposits, thresholds, steps), nor one the vendor gave, nor computed from those the way
the bot computes (a month's parts summed, an amount times a rate of the policy, the difference
of two such, deposits summed over markets, the date the answer is given). Small whole numbers
up to 31 (list positions, step and tier numbers, days and months) are structure, not facts,
and pass; an identifier is six digits or more, so it never does.

The answer evaluation (tests/bot/answers/test_eval.py) counts these per set and requires 0.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache
from importlib import resources
from itertools import combinations

from bot.answers.identifiers import (
    _EMAIL,
    codes_in,
    identifiers_in,
    is_calendar_year,
)
from bot.answers.insured import team_after_contracted
from bot.answers.order_list import read_orders
from bot.answers.parts import with_order_list_summed
from bot.answers.text import (
    _digits,
    durations_by_topic,
    headcount_mentioned,
    money_mentions,
    normalize,
    team_in_parts_mentioned,
)
from bot.lazy_re import lazy_compile
from rules import commission as commission_rules
from rules.deposit import deposit_for_market
from rules.markets import MARKET_IDS

# A number as written in a reply: 300,000 / 1.5 / 2016; 万 after it scales it.
_NUMBER = lazy_compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s*万)?")
_STRUCTURAL_MAX = 31
# A number read as money or a rate: what an identifier must never become.
_AS_AMOUNT = lazy_compile(r"\s*(元|块|万|%|yuan|rmb|cny)", re.IGNORECASE)


def _values(text: str) -> set[Decimal]:
    """Every number in `text`, as written and (after 万) scaled."""
    found: set[Decimal] = set()
    for match in _NUMBER.finditer(text):
        try:
            value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        except InvalidOperation:
            continue
        found.add(value)
        if match.group(3):
            found.add(value * 10_000)
    return found


@cache
def _guide_texts() -> tuple[str, ...]:
    """The guide's data files as text: the one list both number readers below look through."""
    return tuple(
        resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
        for package, names in (
            ("rules", ("markets.yaml", "commission.yaml", "deposit.yaml", "process.yaml")),
            ("bot.answers", ("knowledge.yaml", "concepts.yaml", "out_of_scope.yaml")),
        )
        for name in names
    )


@cache
def _guide_values() -> frozenset[Decimal]:
    """Numbers in the guide's data files (its own text, rates, deposits, thresholds)."""
    found: set[Decimal] = set()
    for text in _guide_texts():
        found |= _values(unicodedata.normalize("NFKC", text))
        found |= _values(_digits(text))
    return frozenset(found)


@cache
def _rates() -> frozenset[Decimal]:
    rates: set[Decimal] = set()
    for period in commission_rules.default_policy().periods:
        for market_id in MARKET_IDS:
            row = period.row_for(market_id)
            if row is not None:
                rates.update(row.rate(tier.tier) for tier in period.tiers)
    return frozenset(rates)


@cache
def _percents() -> frozenset[Decimal]:
    """The policy's rates as written in a reply: 3 (%), 20 (%)."""
    return frozenset((rate * 100).normalize() for rate in _rates())


# "费率 3%": a rate as a percentage ("A003" gives the digits 3, which no rate is read from).
_PERCENT_AFTER = lazy_compile(r"\s*%")


@cache
def _deposit_sums() -> frozenset[Decimal]:
    """Every deposit total a set of markets can have."""
    amounts = sorted({Decimal(deposit_for_market(m)) for m in MARKET_IDS})
    sums: set[Decimal] = set()
    for count in range(len(MARKET_IDS) + 1):
        for special in range(2):
            sums.add(amounts[0] * count + (amounts[-1] - amounts[0]) * special)
    return frozenset(sums)


# What a number in a question is, read from the words right after it: people, a duration, a
# calendar year ("2014年", "founded 2014"), or — anything else — an amount or a plain figure.
_PEOPLE_AFTER = lazy_compile(
    r"\s*(?:多|余|来|几)?\s*(?:个|名|位)?\s*(?:人|员工|people|persons?|employees?|staff|engineers?)"
)
_DURATION_AFTER = lazy_compile(
    r"\s*(?:多|余)?\s*(?:个)?\s*(?:年(?!\d{1,2}月)|月|years?\b|yrs?\b|months?\b)"
)
_YEAR_VALUE = lazy_compile(r"(?:19|20)\d\d")
_MONTH_NAME_BEFORE = lazy_compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s*$"
)
_DATE_AFTER = lazy_compile(r"\s*[-/.]\s*\d{1,2}")
# Registered capital named just before a figure ("注册资本200万", "registered capital of CNY 3
# million"): the vendor's capital may be restated, never taken as a month's sales.
_CAPITAL_BEFORE = lazy_compile(
    r"(注册资本|注册资金|\bregistered\s+capital\b|\bcapital\b)[^,，。;；.!?？\d]{0,12}$",
    re.IGNORECASE,
)


def _masked(text: str) -> tuple[str, set[Decimal]]:
    """`text` with every identifier (id, order, account, phone, e-mail, letter code) blanked
    out, and the digit runs those identifiers hold (whole, and each run: "V10023" → 10023)."""
    found = [m.group(0) for m in _EMAIL.finditer(text)] + codes_in(text) + identifiers_in(text)
    parts: set[Decimal] = set()
    for identifier in sorted(found, key=len, reverse=True):
        parts |= {Decimal(run) for run in re.findall(r"\d+", identifier)}
        if _only_digits(identifier):
            parts.add(Decimal(_only_digits(identifier)))
        text = text.replace(identifier, " " * len(identifier))
    return text, parts


_GROUPED = lazy_compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")


def _vendor_roles(question: str) -> tuple[dict[str, set[Decimal]], set[Decimal]]:
    """The numbers the vendor gave by role — "year" (a calendar year: 2014年, founded 2014,
    2020-10), "people", "duration" (years or months), "capital" (registered capital: restated,
    never computed with), "amount" (money or any other figure) — and the digits of every
    identifier, which are in no role at all."""
    roles: dict[str, set[Decimal]] = {"year": set(), "people": set(), "duration": set()}
    roles["amount"] = set()
    roles["capital"] = set()
    norm = normalize(question)
    id_parts: set[Decimal] = set()
    # "RMB 990,000 (99w)" (holdout81 #75): a thousands-grouped figure is money as written; its
    # digits run together ("990000") are no identifier's.
    grouped = {Decimal(m.group(0).replace(",", "")) for m in _GROUPED.finditer(norm)}
    for text in {norm, _digits(norm)}:
        masked, parts = _masked(text)
        id_parts |= parts if text == norm else parts - grouped
        for match in _NUMBER.finditer(masked):
            try:
                value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
            except InvalidOperation:
                continue
            written = match.group(1) + (match.group(2) or "")
            end = match.start() + len(written)
            if _CAPITAL_BEFORE.search(masked[max(0, match.start() - 24) : match.start()]):
                roles["capital"] |= {value, value * 10_000} if match.group(3) else {value}
            elif match.group(3):
                roles["amount"] |= {value, value * 10_000}
            elif _YEAR_VALUE.fullmatch(written) and (
                _DURATION_AFTER.match(masked, end)
                or is_calendar_year(masked, match.start(), end)
                or _MONTH_NAME_BEFORE.search(masked[max(0, match.start() - 12) : match.start()])
                or _DATE_AFTER.match(masked, end)
            ):
                roles["year"].add(value)
            elif _PEOPLE_AFTER.match(masked, end):
                roles["people"].add(value)
            elif _DURATION_AFTER.match(masked, end):
                roles["duration"].add(value)
            else:
                roles["amount"].add(value)
    roles["amount"] |= {mention.value for mention in money_mentions(question)[1]}
    roles["amount"] -= roles["capital"]
    # "6个研发加3个客服": the team counted in parts is their sum (staff_parts.py).
    team = team_in_parts_mentioned(question)
    if team is not None:
        roles["people"].add(Decimal(team))
    # "only 5 are technical and 3 support": the named part's sum (staff_parts.only_parts).
    named = headcount_mentioned(question)
    if named is not None:
        roles["people"].add(Decimal(named))
        # "一共20个人，其中5个是外包": the head count less the contractors (insured.py).
        rest = team_after_contracted(question, named)
        if rest is not None and rest[0] is not None:
            roles["people"].add(Decimal(rest[0]))
    # "一年半" (1年半 after conversion) is 1.5 years, as the bot reads durations.
    roles["duration"] |= {value for _, value in durations_by_topic(question)}
    # Durations are shown in the other unit too (1.5年 = 18个月, 30个月 = 2.5年).
    duration = roles["duration"]
    roles["duration"] = (
        duration
        | {value * 12 for value in duration if value < 100}
        | {(value / 12).quantize(Decimal("0.1")) for value in duration if value < 1200}
        | {(value / 12).normalize() for value in duration if value < 1200}
    )
    return roles, id_parts


def _vendor_values(question: str) -> set[Decimal]:
    """Every number the vendor gave in a role where restating it is fine."""
    roles, _ = _vendor_roles(question)
    return set().union(*roles.values())


# A share the vendor gives of an amount: "25%", "三成" (after digits: 3成), 一半 / half.
_SHARE = lazy_compile(
    r"(\d{1,3}(?:\.\d+)?)\s*%|(\d|[一二两三四五六七八九])\s*成|(一半|1半|half|0\.5)"
)
_TENTHS = dict(zip("一二两三四五六七八九", "1223456789", strict=True))


def _shares(question: str) -> set[Decimal]:
    found: set[Decimal] = set()
    for match in _SHARE.finditer(_digits(normalize(question))):
        if match.group(1):
            found.add(Decimal(match.group(1)) / 100)
        elif match.group(2):
            found.add(Decimal(_TENTHS.get(match.group(2), match.group(2))) / 10)
        else:
            found.add(Decimal("0.5"))
    return {share for share in found if 0 < share < 1}


# Up to this many amounts, three of them summed (orders listed beside a part) are computed.
_LISTED_MAX = 6


def _computed_from(vendor: set[Decimal], shares: set[Decimal] = frozenset()) -> set[Decimal]:
    """What the bot computes from the vendor's amounts: parts summed or subtracted, a share the
    vendor gives of one (分销占三成), times a policy rate, and the difference of two such
    (pre-charge minus commission)."""
    amounts = {value for value in vendor if value >= 1000}
    sums = set(amounts)
    for a, b in combinations(sorted(amounts), 2):
        sums |= {a + b, abs(a - b)}
    for amount in list(amounts):
        for share in shares:
            sums |= {(amount * share).normalize(), (amount * (1 - share)).normalize()}
    if len(amounts) > 2:
        sums.add(sum(amounts, Decimal(0)))
    if 3 < len(amounts) <= _LISTED_MAX:
        # "orders of 120k, 85k and 40k, of which 50k came via distribution" (holdout54 #148):
        # three orders summed (245,000), the part inside them taken out (195,000).
        for three in combinations(sorted(amounts), 3):
            total = sum(three, Decimal(0))
            sums.add(total)
            sums |= {total - other for other in amounts if other not in three and other < total}
    products = {amount * rate for amount in sums for rate in _rates()}
    # Each product also as shown, to the fen: the refund is the pre-charge shown minus the
    # commission shown (20,500.05 − 10,250.03 = 10,250.02), not the unrounded difference.
    products |= {value.quantize(_FEN, rounding=ROUND_HALF_UP) for value in products}
    pairs = list(combinations(sorted(products), 2))
    # The difference of two (pre-charge minus commission); the sum of two (the categories'
    # commissions added up, "各类目佣金合计").
    differences = {abs(p - q) for p, q in pairs}
    # (Two months with the same figure give the same commission twice: its double is their sum.)
    totals = {p + q for p, q in pairs} | {2 * p for p in products}
    if len(amounts) <= _MONTHS_SUMMED:
        # Three months' commissions added up ("Jan 18,000, Feb 12,500, Mar 15,600; total
        # 46,100"): each month's amount at its rate, the three summed.
        each = {amount * rate for amount in amounts for rate in _rates()}
        totals |= {p + q + r for p, q, r in combinations(sorted(each), 3)}
    computed = sums | products | differences | totals
    # Amounts in fen are shown to the fen: 123,456.78 × 10% = 12,345.68.
    return computed | {value.quantize(_FEN, rounding=ROUND_HALF_UP) for value in computed}


_FEN = Decimal("0.01")
# Up to this many amounts, three monthly commissions summed are read as computed.
_MONTHS_SUMMED = 6


# A year said alone ("yyzz 2021年", "licence 2019"), not the year of a full date.
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)(?!\s*(?:[-/.]|年)\s*\d)")


def _ages(question: str, today: date) -> set[Decimal]:
    """A licence's age from the dates the vendor gave (to another date given, or to today):
    whole calendar months, and those in years (to a tenth, exactly, and whole years passed),
    as the threshold answers show them."""
    from bot.answers.text import dates_mentioned, founding_year_bounds
    from rules.eligibility import age_in_months

    dates = [*dates_mentioned(question, today), today]
    # "2023年成立": the founding year's first and last day, as the threshold answers count.
    dates += list(founding_year_bounds(question) or ())
    # "yyzz 2021年", "licence 2019": a bare year said of the licence counts from its first and
    # last day too ("至少满4年" for 2021 read on 2026-12-02).
    for year in _BARE_YEAR.findall(question):
        if int(year) <= today.year:
            dates += [date(int(year), 1, 1), date(int(year), 12, 31)]
    ages: set[Decimal] = set()
    for start, end in combinations(sorted(set(dates)), 2):
        months = Decimal(age_in_months(start, end))
        ages |= {months, (months / 12).quantize(Decimal("0.1")).normalize()}
        ages |= {(months / 12).normalize(), months // 12}
    return ages


def _anniversaries(question: str, today: date) -> set[Decimal]:
    """The year, month and day on which a date the vendor gave meets a licence-age condition
    (that date plus the guide's years, or the day after for 超过; computed.py names it)."""
    from datetime import timedelta

    from bot.answers.text import dates_mentioned
    from rules.eligibility import add_years
    from rules.markets import MARKET_IDS, get_market

    years = {
        int(condition.decimal_threshold)
        for market_id in MARKET_IDS
        for condition in get_market(market_id).conditions
        if condition.check in ("years_min", "years_more_than")
    }
    found: set[Decimal] = set()
    for start in dates_mentioned(question, today):
        for count in years:
            reached = add_years(start, count)
            for day in (reached, reached + timedelta(days=1)):
                found |= {Decimal(day.year), Decimal(day.month), Decimal(day.day)}
                # "还差 1 天": the days from today to that day.
                if day > today:
                    found.add(Decimal((day - today).days))
    return found


def _shortfalls(capitals: set[Decimal]) -> set[Decimal]:
    """ "注册资金99.5万…还差 5,000元": how far a capital the vendor gave is from a capital
    condition of the guide (its threshold minus the capital)."""
    from rules.markets import MARKET_IDS, get_market

    thresholds = {
        condition.decimal_threshold
        for market_id in MARKET_IDS
        for condition in get_market(market_id).conditions
        if condition.key == "registered_capital" and condition.decimal_threshold is not None
    }
    return {
        threshold - capital
        for threshold in thresholds
        for capital in capitals
        if capital >= 1000 and threshold > capital
    }


def _tier_gaps(amounts: set[Decimal]) -> set[Decimal]:
    """ "19.8万…离第二档还差多少" → 2,000: how far a month's total the vendor gave is from the
    next tier's start (computed.py `_gap_to_next_tier`)."""
    from rules.commission import default_policy

    starts = {tier.lower for period in default_policy().periods for tier in period.tiers}
    return {start - amount for start in starts for amount in amounts if start > amount > 0}


def _only_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@cache
def _guide_values_before(unit: str) -> frozenset[Decimal]:
    """Numbers the guide's data states before `unit` ("people" or "duration"): 满2年, 一年以上,
    不少于20人, 4人."""
    pattern = _PEOPLE_AFTER if unit == "people" else _DURATION_AFTER
    found: set[Decimal] = set()
    for text in _guide_texts():
        for converted in (unicodedata.normalize("NFKC", text), _digits(text)):
            for match in _NUMBER.finditer(converted):
                written = match.group(1) + (match.group(2) or "")
                if not match.group(3) and pattern.match(converted, match.start() + len(written)):
                    found.add(Decimal(written.replace(",", "")))
    return frozenset(found)


def _as_read(question: str, today: date) -> str:
    from bot.answers import english, month_year, short_year, simplified
    from bot.lang import detect_lang_or_zh

    read = english.plain_english(simplified.as_simplified(question))
    # "执照24年12月2号办的": a two-digit year, as the answer reads it (short_year.py).
    return short_year.with_full_years(
        month_year.as_month_year(read, detect_lang_or_zh(read)), today
    )


def invented_numbers(question: str, reply_text: str, today: date) -> list[str]:
    """Numbers in the reply with no source: not the guide's, not the vendor's, not computed.

    A number the vendor gave licenses the reply only in a role where restating it is fine: an
    amount or a figure as itself, a count, a year as a year. The digits of an identifier (an
    id, order, account or phone number: "V10023", "0571-88886666") license nothing; a calendar
    year ("2014年成立", "founded 2014") is never money ("2,014元"); and a small number said as
    years, months or people ("14年", "3 people") needs a source in that role — "14年成立" is the
    year 2014, never fourteen years."""
    # The question as the bot reads it: Traditional characters and Cantonese words in their
    # Simplified form ("70萬"), amounts in words ("half a million"), "06/2025" as a month.
    question = _as_read(question, today)
    roles, id_parts = _vendor_roles(question)
    # Read from the question with its identifiers blanked out: an amount here was given as one.
    amounts = roles["amount"]
    # "两笔订单各9.5万": each order counted, as the reply reads them (each_orders.py).
    from bot.answers.each_orders import spelled_out

    spelled = spelled_out(question)
    listed = read_orders(spelled)
    if spelled != question:
        # "five orders of 50k each, two of them came via distribution": the orders one by one,
        # and the ones pointed at as their sum ("of which 100k") — the list's sum is all of
        # them less that part (holdout107 #125).
        values = [mention.value for mention in money_mentions(spelled)[1]]
        everything = sum(values, Decimal(0))
        amounts = amounts | set(values) | {everything} | {everything - value for value in values}
    if listed is not None:
        # A month's orders typed as a list: its sum, the marked ones' sum and what is left
        # are the month the bot computes from (bot/answers/order_list.py).
        total, distribution = listed
        amounts = amounts | {total, distribution, total - distribution}
    # "两笔大单各25万，另外零散订单一共4万，其中一笔25万是分销": the list summed as the answer
    # engine sums it (parts.py), its total and the part inside it.
    summed = with_order_list_summed(question)
    if summed != question:
        amounts = amounts | {mention.value for mention in money_mentions(summed)[1]}
    ages = _ages(question, today)
    as_money = (
        set(_guide_values())
        | _deposit_sums()
        | amounts
        | _computed_from(amounts, _shares(question))
    )
    allowed = (
        as_money
        | _shortfalls(roles["capital"] | amounts)
        | _tier_gaps(amounts)
        | roles["year"]
        | roles["capital"]
        | roles["people"]
        | roles["duration"]
        | ages
        | _anniversaries(question, today)
        | {Decimal(today.year), Decimal(today.month), Decimal(today.day)}
    )
    as_duration = (
        _guide_values_before("duration") | roles["duration"] | (amounts - roles["year"]) | ages
    )
    as_people = _guide_values_before("people") | roles["people"] | (amounts - roles["year"])
    invented = []
    text = unicodedata.normalize("NFKC", reply_text)
    # An identifier the vendor gave may be quoted back whole, as written (a ticket's phone,
    # "V10023"), never computed with nor read as money.
    norm = normalize(question)
    folded = text.lower()
    quoted_spans = [
        (found.start(), found.end())
        for identifier in {*identifiers_in(norm), *codes_in(norm)}
        for found in re.finditer(re.escape(identifier), folded)
    ]
    for match in _NUMBER.finditer(text):
        value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        scaled = value * 10_000 if match.group(3) else value
        written = match.group(1) + (match.group(2) or "")
        after = match.start() + len(written)
        money = bool(match.group(3)) or bool(_AS_AMOUNT.match(text, after))
        if (
            value in id_parts
            and value not in amounts
            and not match.group(3)
            and _AS_AMOUNT.match(text, after)
            and not (_PERCENT_AFTER.match(text, after) and value in _percents())
        ):
            # "服务商ID是 200000" restated as "200,000元": an identifier read as money, even
            # where the same figure is also one of the guide's thresholds.
            invented.append(match.group(0).strip())
            continue
        if money and value in roles["year"] - as_money:
            # "founded 2014" restated as "2,014 yuan": a year read as money.
            invented.append(match.group(0).strip())
            continue
        small = value <= _STRUCTURAL_MAX and value == value.to_integral_value()
        if small and _PEOPLE_AFTER.match(text, after) and not _YEAR_VALUE.fullmatch(written):
            if value not in as_people:
                invented.append(match.group(0).strip())
            continue
        if (
            small
            and _DURATION_AFTER.match(text, after)
            and not _DATE_AFTER_MONTH.match(text, after)
        ):
            if value not in as_duration:
                invented.append(match.group(0).strip())
            continue
        if small:
            continue
        if not _AS_AMOUNT.match(text, after) and any(
            start <= match.start() and after <= end for start, end in quoted_spans
        ):
            # The vendor's own phone or order number copied back as written (a ticket field).
            continue
        if value in allowed or scaled in allowed:
            continue
        invented.append(match.group(0).strip())
    return invented


# "12月1日", "3月": a month of the calendar, not a number of months.
_DATE_AFTER_MONTH = lazy_compile(r"\s*月\s*\d|\s*月(?!份?\s*(以上|以内|内|后|前))")
