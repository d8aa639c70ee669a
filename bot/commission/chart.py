"""A PNG of a month: commission and refunds by category, and the tier mix.

matplotlib (Agg, no display) is imported here only, and this module only when a chart is
drawn, so the bot's start-up does not pay for it. Chinese labels use Noto Sans CJK SC, shipped
by the `mplfonts` package (a PyPI dependency): no system font is needed and no label turns
into boxes (tests check every label character against the font's glyph map).
"""

from __future__ import annotations

import io
import threading
from collections import defaultdict
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from pathlib import Path

from bot.commission.summary import SummaryRow, category_label, tier_label
from bot.texts import t

FONT_PACKAGE = "mplfonts"
FONT_FILE = "fonts/NotoSansCJKsc-Regular.otf"
COMMISSION_COLOUR = "#1f77b4"
REFUND_COLOUR = "#2ca02c"
TIER_COLOURS = ("#9ecae1", "#4292c6", "#08519c", "#bdbdbd")
# The chart is drawn in Chinese, the language of the rate table and of finance.
CHART_LANG = "zh"
NO_RATE_ZH = t("commission.no_rate", CHART_LANG)
_RENDER_LOCK = threading.Lock()


def font_path() -> Path:
    return Path(str(resources.files(FONT_PACKAGE).joinpath(FONT_FILE)))


@lru_cache(maxsize=1)
def _font_name() -> str:
    from matplotlib import font_manager

    path = str(font_path())
    font_manager.fontManager.addfont(path)
    return font_manager.FontProperties(fname=path).get_name()


def _category_totals(rows: list[SummaryRow]) -> dict[str, tuple[Decimal, Decimal]]:
    """category label -> (commission, refund) over all vendors; no-rate categories show 0."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for row in rows:
        pair = sums[category_label(row)]
        pair[0] += row.result.commission or 0
        pair[1] += row.result.refund or 0
    return {label: (pair[0], pair[1]) for label, pair in sorted(sums.items())}


def _tier_mix(rows: list[SummaryRow]) -> dict[str, int]:
    """How many vendor × category groups fell in each tier (and how many had no rate)."""
    mix = {tier_label(tier): 0 for tier in (1, 2, 3)}
    mix[NO_RATE_ZH] = 0
    for row in rows:
        label = NO_RATE_ZH if row.result.status == "no_rate" else tier_label(row.result.tier)
        mix[label] = mix.get(label, 0) + 1
    return mix


def _titles(month: str) -> dict[str, str]:
    return {
        "figure": t("commission.chart.title", CHART_LANG, month=month),
        "bars": t("commission.chart.bars", CHART_LANG),
        "mix": t("commission.chart.mix", CHART_LANG),
        "commission": t("commission.column.commission", CHART_LANG),
        "refund": t("commission.column.refund", CHART_LANG),
        "y": t("commission.chart.amount_axis", CHART_LANG),
        "count": t("commission.chart.count_axis", CHART_LANG),
    }


def chart_labels(rows: list[SummaryRow], month: str) -> list[str]:
    """Every text the chart draws (besides numbers), for the glyph-coverage check."""
    return [*_titles(month).values(), *_category_totals(rows), *_tier_mix(rows)]


def _yuan_ticks(value: float, _position: object) -> str:
    return f"{value:,.0f}"


def render_month_chart(rows: list[SummaryRow], month: str) -> bytes:
    """The PNG bytes (Agg; a Figure of its own, so nothing global of pyplot is touched).

    Takes about a second: the poster calls it in a worker thread. matplotlib's rcParams are
    process-wide, so one chart is drawn at a time."""
    with _RENDER_LOCK:
        return _render(rows, month)


def _render(rows: list[SummaryRow], month: str) -> bytes:
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    titles = _titles(month)
    totals = _category_totals(rows)
    mix = _tier_mix(rows)
    figure = Figure(figsize=(11, 5.2), dpi=110, layout="constrained")
    font = _font_name()
    with _font_context(font):
        bars, tiers = figure.subplots(1, 2, width_ratios=(2.2, 1))
        labels = list(totals)
        positions = range(len(labels))
        width = 0.38
        commission = [float(v[0]) for v in totals.values()]
        refund = [float(v[1]) for v in totals.values()]
        bars.bar(
            [p - width / 2 for p in positions],
            commission,
            width,
            label=titles["commission"],
            color=COMMISSION_COLOUR,
        )
        bars.bar(
            [p + width / 2 for p in positions],
            refund,
            width,
            label=titles["refund"],
            color=REFUND_COLOUR,
        )
        bars.set_xticks(list(positions), labels, rotation=20, ha="right")
        bars.yaxis.set_major_formatter(FuncFormatter(_yuan_ticks))
        bars.set_ylabel(titles["y"])
        bars.set_title(titles["bars"])
        bars.legend()
        shown = {label: count for label, count in mix.items() if count}
        tiers.bar(
            list(shown),
            list(shown.values()),
            color=[TIER_COLOURS[list(mix).index(label)] for label in shown],
        )
        tiers.yaxis.set_major_locator(MaxNLocator(integer=True))
        tiers.set_ylabel(titles["count"])
        tiers.set_title(titles["mix"])
        figure.suptitle(titles["figure"])
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _font_context(font: str):  # noqa: ANN202 - matplotlib's rc_context
    from matplotlib import rc_context

    return rc_context({"font.family": [font], "axes.unicode_minus": False})
