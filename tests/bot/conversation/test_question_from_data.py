"""A new profile question from data alone: a copy of rules/ whose data files add one question
(rules/data/profile.yaml) and a market condition on it (rules/data/markets.yaml); no code
changes. The walk-through asks it, stores the answer and the verdict uses it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import rules

NEW_QUESTION = """
  - key: icp_filing
    kind: bool
    label_zh: "网站已完成ICP备案"
    label_en: "website has an ICP filing"
    question_zh: "贵公司的网站是否已完成ICP备案？"
    question_en: "Has your company's website completed its ICP filing?"
    aliases: ["ICP备案", "备案", "icp", "icp filing"]
    example: "是"
"""
NEW_CONDITION = """\
      - {key: icp_filing, check: "true", seed_item: 9,
         seed_text: "网站已完成ICP备案。",
         summary_zh: 网站已完成ICP备案, summary_en: "the website has an ICP filing"}
"""

# Run in a fresh interpreter whose `rules` is the copy: every answer comes from the data (each
# question's `example`), so nothing here names the new question except the final checks.
WALK_THROUGH = """
import json
from datetime import date

from bot.config import Settings
from bot.conversation import ConversationKey, Engine
from bot.conversation.store import load_conversation
from bot.storage import load_profile, open_db
from bot.texts import t
from rules.profile import PROFILE_FIELDS

db = open_db(memory=True)
engine = Engine(db, Settings(_env_file=None), today=lambda: date(2024, 5, 1))
key = ConversationKey("T1", "U1")
engine.start(key)
reply = engine.handle_text(key, "建站市场")
asked, texts = [], []
for _ in range(40):
    qid = load_conversation(db, key).state.current_question
    if qid is None:
        break
    asked.append(qid)
    texts.append(reply.text)
    reply = engine.handle_text(key, PROFILE_FIELDS[qid.partition(":")[0]].example)
print(json.dumps({
    "asked": asked,
    "texts": texts,
    "verdict": reply.text,
    "profile": load_profile(db, "T1", "U1"),
    "catalogue": t("form.profile.icp_filing.question", "en"),
}, ensure_ascii=False))
"""


def _rules_copy_with_new_question(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(Path(rules.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    profile = copy / "data" / "profile.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + NEW_QUESTION, encoding="utf-8")
    markets = copy / "data" / "markets.yaml"
    text = markets.read_text(encoding="utf-8")
    website = text.index("  - id: website")
    conditions = text.index("    conditions:\n", website) + len("    conditions:\n")
    markets.write_text(text[:conditions] + NEW_CONDITION + text[conditions:], encoding="utf-8")
    return copy


def test_a_question_added_in_data_is_asked_and_its_answer_stored(tmp_path: Path) -> None:
    _rules_copy_with_new_question(tmp_path)
    run = subprocess.run(
        [sys.executable, "-c", WALK_THROUGH],
        cwd=tmp_path,  # the copy of rules/ is found first; bot/ is the installed one
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout)
    assert "icp_filing" in result["asked"]
    shown = result["texts"][result["asked"].index("icp_filing")]
    assert "贵公司的网站是否已完成ICP备案？" in shown
    assert "网站已完成ICP备案。" in shown  # why it is asked: the condition's own words
    assert result["profile"]["icp_filing"] is True
    assert "✅ 建站市场：符合入驻条件" in result["verdict"]
    assert result["catalogue"] == "Has your company's website completed its ICP filing?"


def test_without_the_copy_the_question_does_not_exist() -> None:
    """The test above is not vacuous: the shipped data has no such question."""
    from rules.profile import PROFILE_FIELDS

    assert "icp_filing" not in PROFILE_FIELDS


def test_every_example_in_the_data_passes(vendor) -> None:  # type: ignore[no-untyped-def]
    """Each question's `example` answer passes every market's condition on it, and each ticket
    field's example is accepted as it is."""
    from rules.profile import PROFILE_FIELDS
    from rules.ticket import FIELD_EXAMPLES, validate_field

    vendor.engine.start(vendor.key)
    vendor.say("全部")
    vendor.say("继续")
    verdict = vendor.answer_all({key: spec.example for key, spec in PROFILE_FIELDS.items()})
    assert set(vendor.verdicts().values()) == {"eligible"}, verdict.text
    for name, example in FIELD_EXAMPLES.items():
        assert validate_field(name, example) == example


def test_form_texts_are_reached_through_the_catalogue_in_both_languages() -> None:
    from bot.texts import FORM_TEXT_KEYS, MESSAGES, t
    from rules.profile import PROFILE_FIELDS
    from rules.ticket import TICKET_FIELD_DATA

    for key, spec in PROFILE_FIELDS.items():
        assert t(f"form.profile.{key}.question", "zh") == spec.question_zh
        assert t(f"form.profile.{key}.question", "en") == spec.question_en
        assert t(f"form.kind.{spec.kind}.hint", "en")
    for name, field in TICKET_FIELD_DATA.items():
        assert t(f"form.ticket.{name}.label", "zh") == field.label_zh
        assert t(f"form.ticket.{name}.how", "en") == field.how_en
    form_texts = {key: pair for key, pair in MESSAGES.items() if key.startswith("form.")}
    assert all(zh and en for zh, en in form_texts.values())
    # Every form text belongs to a family a catalogue check can take as used.
    assert {key for keys in FORM_TEXT_KEYS.values() for key in keys} == set(form_texts)
