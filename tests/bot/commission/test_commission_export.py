"""Exports (CSV, JSON, xlsx, table), formula injection, the chart, and the CLI around them."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.ft2font import FT2Font

from bot.commission.chart import chart_labels, font_path, render_month_chart
from bot.commission.export import csv_text, neutralise_text, summary_csv_text, xlsx_bytes
from bot.commission.importer import import_csv
from bot.commission.summary import summarize_month
from bot.storage import open_db
from cli.main import main
from handlers.commission.post import summary_csv

EVIL = ["=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", '@HYPERLINK("x")', "\tTAB公司", "\rCR公司"]
# Names a settlement file can carry (control characters such as TAB are refused at import).
IMPORTED = EVIL[:4]
CSV = "order_id,vendor,category,amount,distribution,settled_on\n" + "".join(
    f'E{i},"{name.replace(chr(34), chr(34) * 2)}",website,1000.00,false,2020-10-0{i + 1}\n'
    for i, name in enumerate(IMPORTED)
)
CSV += "A1,甲公司,website,600000.00,false,2020-10-01\nA2,甲公司,建站,400000.00,true,2020-10-02\n"
CSV += "N1,乙公司,new_retail,5000.00,false,2020-10-02\n"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "c.db"
    db = open_db(path)
    import_csv(db, CSV.encode(), actor="t")
    db.close()
    return path


def test_neutralise_text() -> None:
    for name in EVIL:
        assert neutralise_text(name) == "'" + name
    assert neutralise_text("甲公司") == "甲公司"
    # Plain numbers are numbers in CSV, never prefixed; anything formula-like is.
    assert csv_text(["a"], [["-5.00"], ["-1+1"]]).splitlines()[1:] == ["-5.00", "'-1+1"]


def test_every_csv_cell_is_neutralised(db_path: Path) -> None:
    db = open_db(db_path)
    rows = summarize_month(db, "2020-10")
    for content in (summary_csv_text(rows), summary_csv(rows, set())):
        lines = content.lstrip("\ufeff").splitlines()
        import csv as csv_module

        cells = [
            cell for row in csv_module.reader(io.StringIO(content.lstrip("\ufeff"))) for cell in row
        ]
        assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
        assert not [c for c in cells if c.startswith("-") and not c[1:].replace(".", "").isdigit()]
        assert any(line.startswith("\"'=cmd|' /C calc'!A0\"") for line in lines) or any(
            "'=cmd|" in line for line in lines
        )
    db.close()


def test_xlsx_text_cells_neutralised_numbers_stay_numbers(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    data = xlsx_bytes(
        ["vendor", "amount"],
        [["=1+1", Decimal("-5.00")], ["-2+3", Decimal("12000.50")], ["甲公司", 3]],
        number_formats={1: "#,##0.00"},
    )
    sheet = load_workbook(io.BytesIO(data)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1:] == [["'=1+1", -5], ["'-2+3", 12000.5], ["甲公司", 3]]
    assert sheet.cell(row=2, column=2).data_type == "n"  # a number, not text
    assert sheet.cell(row=3, column=2).number_format == "#,##0.00"


def test_cli_formats(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["commission", "summary", "--month", "2020-10", "--db", str(db_path)]
    assert main([*base, "--format", "json"]) == 0
    as_format = json.loads(capsys.readouterr().out)
    assert main([*base, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == as_format
    assert {d["vendor"] for d in as_format} >= set(IMPORTED)  # JSON is data: names unchanged
    assert set(as_format[0]) == {
        "vendor",
        "category",
        "month",
        "status",
        "total",
        "distribution",
        "commissionable",
        "tier",
        "rate",
        "precharged",
        "commission",
        "refund",
    }

    assert main([*base, "--format", "table"]) == 0
    table = capsys.readouterr().out
    assert "¥1,000,000.00" in table and "第3档" in table and "10%" in table
    assert "建站市场（网站建设）" in table and "新零售市场" in table and " website " not in table
    assert "合计（6 家）" in table and "小计" not in table

    out = tmp_path / "out.csv"
    assert main([*base, "--format", "csv", "--output", str(out)]) == 0
    assert "'=cmd|" in out.read_text("utf-8-sig")
    xlsx = tmp_path / "out.xlsx"
    assert main([*base, "--format", "xlsx", "--output", str(xlsx)]) == 0
    assert xlsx.read_bytes()[:2] == b"PK"
    assert main([*base, "--format", "xlsx"]) == 2
    assert "--output" in capsys.readouterr().err
    assert main([*base, "--json", "--format", "csv"]) == 2


def test_chart_png_and_glyph_coverage(db_path: Path, tmp_path: Path) -> None:
    db = open_db(db_path)
    rows = summarize_month(db, "2020-10")
    db.close()
    png = render_month_chart(rows, "2020-10")
    assert png.startswith(b"\x89PNG")
    # Every character the chart draws is in the shipped font: no tofu boxes.
    # FreeType's character map (matplotlib's own reader): what the renderer will find.
    cmap = FT2Font(str(font_path())).get_charmap()
    labels = chart_labels(rows, "2020-10")
    assert "建站市场（网站建设）" in labels and "第3档" in labels and "无费率" in labels
    missing = {ch for label in labels for ch in label if not ch.isspace() and ord(ch) not in cmap}
    assert missing == set()

    chart = tmp_path / "m.png"
    assert (
        main(
            [
                "commission",
                "summary",
                "--month",
                "2020-10",
                "--db",
                str(db_path),
                "--chart",
                str(chart),
            ]
        )
        == 0
    )
    assert chart.read_bytes().startswith(b"\x89PNG")


def test_chart_is_not_loaded_at_startup() -> None:
    import subprocess
    import sys

    code = "import sys, cli.main, handlers.app, handlers.commission.post; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_cli_void_amend_alias(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(db_path)]
    assert main(["commission", "void", "E0", "--reason", "test row", *db]) == 0
    assert "E0" in capsys.readouterr().out
    assert main(["commission", "void", "E0", "--reason", "again", *db]) == 2
    assert "already voided" in capsys.readouterr().err
    assert main(["commission", "amend", "N1", "--amount", "6,000", "--reason", "bank", *db]) == 0
    assert "¥5,000.00 → ¥6,000.00" in capsys.readouterr().out
    assert main(["commission", "amend", "N1", "--amount", "x", "--reason", "r", *db]) == 2
    assert main(["vendor", "alias", "乙公司", "甲公司", *db]) == 0
    assert "Merged" in capsys.readouterr().out
    assert main(["vendor", "aliases", *db]) == 0
    assert "乙公司 ⇒ 甲公司" in capsys.readouterr().out
    assert (
        main(["commission", "summary", "--month", "2020-10", "--vendor", "乙公司", "--json", *db])
        == 0
    )
    assert {d["vendor"] for d in json.loads(capsys.readouterr().out)} == {"甲公司"}
    assert main(["vendor", "unalias", "乙公司", *db]) == 0
    assert main(["vendor", "unalias", "乙公司", *db]) == 2
    assert "not an alias" in capsys.readouterr().err
