"""What an import reports when it refuses a file: located problems, in Chinese and English.

Kept apart from the importer so the file readers (`sources.py`) and the importer share them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.texts import t

# canonical column -> (Chinese header, accepted header spellings, lowercased)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "order_id": ("订单号", ("order_id", "订单号", "order id", "订单编号")),
    "vendor": ("服务商", ("vendor", "服务商")),
    "category": ("类目", ("category", "类目")),
    "amount": ("实收金额", ("amount", "实收金额")),
    "distribution": ("是否分销", ("distribution", "是否分销", "分销")),
    "settled_on": ("结算日期", ("settled_on", "结算日期", "settled on")),
}

# The largest settlement file taken from a Slack upload (bigger ones: the CLI on the server).
MAX_CSV_BYTES = 50 * 1024 * 1024


def expected_columns_text() -> str:
    """The CSV header the importer accepts, English and Chinese: `order_id（订单号）, …`."""
    return ", ".join(f"{column}（{zh}）" for column, (zh, _) in COLUMNS.items())


def column_label(column: str) -> str:
    return f"{column}（{COLUMNS[column][0]}）" if column in COLUMNS else column


@dataclass(frozen=True)
class RowError:
    """One problem, located: line number in the file (header = line 1) and column.

    For an .xlsx sheet the "line" is the sheet's row number, which is what Excel shows.
    """

    line: int | None
    column: str | None
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        english = lang == "en"
        column = (self.column if english else column_label(self.column)) if self.column else ""
        line = t("commission.import.line", lang, line=self.line) if self.line else ""
        where = " ".join(part for part in (line, column) if part)
        problem = self.en if english else self.zh
        return f"{where}: {problem}" if where else problem

    def __str__(self) -> str:
        return f"{self.text('zh')} / {self.text('en')}"


class ImportRejected(Exception):
    """The file was refused; nothing was written."""

    def __init__(self, errors: list[RowError], more: int = 0) -> None:
        self.errors = errors
        self.more = more
        super().__init__(self.text("zh"))

    @classmethod
    def whole_file(cls, zh: str, en: str) -> ImportRejected:
        """A problem with the file as a whole (its format, its encoding), not one row."""
        return cls([RowError(None, None, zh, en)])

    def text(self, lang: str = "zh") -> str:
        head = t("commission.import.rejected", lang, count=len(self.errors) + self.more)
        tail = t("commission.import.more_problems", lang, more=self.more) if self.more else ""
        lines = [head, *(f"  {error.text(lang)}" for error in self.errors)]
        if tail:
            lines.append(f"  {tail}")
        return "\n".join(lines)

    @property
    def zh(self) -> str:
        return self.text("zh")

    @property
    def en(self) -> str:
        return self.text("en")
