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

from bot.answers.identifiers import identifiers_in
from bot.answers.text import _digits, money_mentions, normalize
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
def _guide_values() -> frozenset[Decimal]:
    """Numbers in the guide's data files (its own text, rates, deposits, thresholds)."""
    texts = [
        resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
        for package, names in (
            ("rules", ("markets.yaml", "commission.yaml", "deposit.yaml", "process.yaml")),
            ("bot.answers", ("knowledge.yaml", "concepts.yaml", "out_of_scope.yaml")),
        )
        for name in names
    ]
    found: set[Decimal] = set()
    for text in texts:
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
def _deposit_sums() -> frozenset[Decimal]:
    """Every deposit total a set of markets can have."""
    amounts = sorted({Decimal(deposit_for_market(m)) for m in MARKET_IDS})
    sums: set[Decimal] = set()
    for count in range(len(MARKET_IDS) + 1):
        for special in range(2):
            sums.add(amounts[0] * count + (amounts[-1] - amounts[0]) * special)
    return frozenset(sums)


def _vendor_values(question: str) -> set[Decimal]:
    """The numbers the vendor gave, as written, as digits (一百万) and as amounts (30万)."""
    norm = normalize(question)
    found = _values(norm) | _values(_digits(norm))
    found |= {mention.value for mention in money_mentions(question)[1]}
    # Durations the vendor gave in years or months are shown in the other unit too.
    found |= {value * 12 for value in found if value < 100} | {
        (value / 12).quantize(Decimal("0.1")) for value in found if value < 1200
    }
    return found


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
    products = {amount * rate for amount in sums for rate in _rates()}
    pairs = list(combinations(sorted(products), 2))
    # The difference of two (pre-charge minus commission); the sum of two (the categories'
    # commissions added up, "各类目佣金合计").
    differences = {abs(p - q) for p, q in pairs}
    totals = {p + q for p, q in pairs}
    computed = sums | products | differences | totals
    # Amounts in fen are shown to the fen: 123,456.78 × 10% = 12,345.68.
    return computed | {value.quantize(_FEN, rounding=ROUND_HALF_UP) for value in computed}


_FEN = Decimal("0.01")


def _ages(question: str, today: date) -> set[Decimal]:
    """A licence's age from the dates the vendor gave (to another date given, or to today):
    whole calendar months, and those in years, as the threshold answers show them."""
    from bot.answers.text import dates_mentioned, founding_year_bounds
    from rules.eligibility import age_in_months

    dates = [*dates_mentioned(question, today), today]
    # "2023年成立": the founding year's first and last day, as the threshold answers count.
    dates += list(founding_year_bounds(question) or ())
    ages: set[Decimal] = set()
    for start, end in combinations(sorted(set(dates)), 2):
        months = Decimal(age_in_months(start, end))
        ages |= {months, (months / 12).quantize(Decimal("0.1")).normalize()}
        ages.add((months / 12).normalize())
    return ages


def _only_digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def invented_numbers(question: str, reply_text: str, today: date) -> list[str]:
    """Numbers in the reply with no source: not the guide's, not the vendor's, not computed."""
    allowed = (
        set(_guide_values())
        | _deposit_sums()
        | {
            Decimal(today.year),
            Decimal(today.month),
            Decimal(today.day),
        }
    )
    vendor = _vendor_values(question)
    # An identifier the vendor gave may be quoted back (a ticket's phone), never computed with.
    quoted = set(identifiers_in(normalize(question)))
    # A grouped account number ("1588 2233 4455 6677") counts whole and by its groups.
    identifiers = {
        Decimal(part)
        for digits in quoted
        for part in [*re.findall(r"\d+", digits), _only_digits(digits)]
    }
    allowed |= (vendor - identifiers) | _computed_from(vendor - identifiers, _shares(question))
    allowed |= _ages(question, today)
    invented = []
    text = unicodedata.normalize("NFKC", reply_text)
    for match in _NUMBER.finditer(text):
        value = Decimal(match.group(1).replace(",", "") + (match.group(2) or ""))
        scaled = value * 10_000 if match.group(3) else value
        if value in identifiers and not match.group(3) and _AS_AMOUNT.match(text[match.end() :]):
            # "服务商ID是 200000" restated as "200,000元": an identifier read as money, even
            # where the same figure is also one of the guide's thresholds.
            invented.append(match.group(0).strip())
            continue
        if value <= _STRUCTURAL_MAX and value == value.to_integral_value():
            continue
        if match.group(0) in quoted and not _AS_AMOUNT.match(text[match.end() :]):
            # The vendor's own phone or order number copied back as written (a ticket field).
            continue
        if value in allowed or scaled in allowed:
            continue
        invented.append(match.group(0).strip())
    return invented
