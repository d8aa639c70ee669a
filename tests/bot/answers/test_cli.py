import pytest

from cli.main import main


def test_ask_prints_the_answer_without_a_database(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["ask", "零售通保证金多少"]) == 0
    out = capsys.readouterr().out
    assert "50,000" in out
    assert out.rstrip().endswith("）")
    assert list(tmp_path.iterdir()) == []  # no database file was created


def test_ask_exits_zero_when_declining(capsys) -> None:
    assert main(["ask", "What's the weather in Hangzhou tomorrow?"]) == 0
    assert "outside" in capsys.readouterr().out


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_empty_question_is_bad_input(question, capsys) -> None:
    assert main(["ask", question]) == 2
    assert "empty" in capsys.readouterr().err
