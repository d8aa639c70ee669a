"""The answer indexes' tokens kept on disk between processes (bot/answers/token_cache.py):
the same indexes with the cache as without, a changed data file builds afresh, a vendor's
question is never written, and a cache that cannot be written changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rules.datafile import PACKAGED_DATA_DIR, RULES_DATA_ENV

ROOT = Path(__file__).resolve().parents[3]

# Everything the cached tokens feed, dumped as JSON: the knowledge-base index, the guide's
# condition, description and note texts; and whether the YAML library had to be imported.
_DUMP_INDEXES = """
import json, sys
from bot.answers import answer, matcher, reverse
answer("保证金交多少")
index = matcher.default_index()
print(json.dumps({
    "entries": [[dict(c) for c in index.doc_tokens], index.idf],
    "conditions": [[dict(t.seed), dict(t.summary)] for t in reverse._condition_texts()],
    "condition_idf": reverse._condition_idf(),
    "markets": [[dict(c) for c in t.sentence_tokens] for t in reverse._market_texts()],
    "notes": [[m, dict(c)] for m, c in reverse._note_tokens()],
    "yaml_imported": "yaml" in sys.modules,
}, sort_keys=True, ensure_ascii=False))
"""


def _run(code: str, cache_home: Path, rules_data: Path | None = None) -> str:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    env.pop(RULES_DATA_ENV, None)
    if rules_data is not None:
        env[RULES_DATA_ENV] = str(rules_data)
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        cwd=ROOT,
        env=env,
    )
    return result.stdout


def _token_files(cache_home: Path) -> list[str]:
    return sorted(path.name for path in cache_home.glob("onboard-bot/answer-tokens-*.bin"))


def test_the_indexes_are_the_same_built_or_read_from_the_cache(tmp_path) -> None:
    built = json.loads(_run(_DUMP_INDEXES, tmp_path))
    assert len(_token_files(tmp_path)) == 1
    cached = json.loads(_run(_DUMP_INDEXES, tmp_path))
    assert built.pop("yaml_imported") is True
    assert cached.pop("yaml_imported") is False  # every data file came from the cache
    assert cached == built


def test_a_changed_data_file_is_read_and_tokenised_afresh(tmp_path) -> None:
    rules_data = tmp_path / "rules-data"
    shutil.copytree(PACKAGED_DATA_DIR, rules_data)
    cache_home = tmp_path / "cache"
    before = json.loads(_run(_DUMP_INDEXES, cache_home, rules_data))
    first_key = _token_files(cache_home)

    markets = rules_data / "markets.yaml"
    text = markets.read_text(encoding="utf-8")
    old = "帮助ISV实现自己服务的API发布"
    assert text.count(old) == 1
    markets.write_text(text.replace(old, "帮助ISV发布zebracorn网关的API"), encoding="utf-8")
    after = json.loads(_run(_DUMP_INDEXES, cache_home, rules_data))

    assert _token_files(cache_home) != first_key and len(_token_files(cache_home)) == 1
    api_before, api_after = before["markets"][0], after["markets"][0]
    assert not any("zebracorn" in tokens for tokens in api_before)
    assert any("zebracorn" in tokens for tokens in api_after)
    # The same change made with no cache at all gives the same indexes.
    assert json.loads(_run(_DUMP_INDEXES, tmp_path / "empty-cache", rules_data)) == after


def test_a_vendors_question_is_never_written(tmp_path) -> None:
    question = "我们的 quokkaquestion 网关产品保证金交多少"
    _run(f"from bot.answers import answer; answer({question!r})", tmp_path)
    written = list(tmp_path.rglob("*.bin"))
    assert written
    for path in written:
        assert b"quokkaquestion" not in path.read_bytes(), path


def test_ask_answers_when_the_cache_cannot_be_written(tmp_path) -> None:
    blocker = tmp_path / "a-file-not-a-directory"
    blocker.write_text("x")
    code = "from cli.main import main\nraise SystemExit(main(['ask', '保证金交多少']))\n"
    assert "30,000" in _run(code, blocker)


def test_a_starting_bot_writes_the_cache_without_waiting_for_exit(tmp_path) -> None:
    # prepare_answers (run at start) saves the table, so a bot killed later (SIGKILL runs no
    # exit handler) still leaves its next start a warm cache.
    code = (
        "import os\n"
        "from bot.answers.prepare import prepare_answers\n"
        "prepare_answers()\n"
        "os._exit(0)  # as if killed: no exit handlers\n"
    )
    _run(code, tmp_path)
    assert len(_token_files(tmp_path)) == 1
    # The patterns' literals (bot/lazy_re.py) likewise.
    assert len(list(tmp_path.glob("onboard-bot/regex-literals-*.bin"))) == 1
