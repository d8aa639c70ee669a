from __future__ import annotations

from rules.process import AGREEMENTS, JOINING_STEPS, NOTICE, get_step, render_steps


def test_seven_steps_in_order() -> None:
    assert [(s.number, s.id) for s in JOINING_STEPS] == [
        (1, "register_account"),
        (2, "real_name"),
        (3, "apply"),
        (4, "sign_contract"),
        (5, "pay_deposit"),
        (6, "file_ticket"),
        (7, "shop_opens"),
    ]
    assert [sub.label for sub in get_step("apply").substeps] == ["i", "ii", "iii", "iv", "v", "vi"]


def test_contracts_and_first_vs_repeat_application() -> None:
    assert AGREEMENTS == ("《Y20阿里云合作伙伴框架协议》", "《云市场协议》")
    contract = get_step("sign_contract")
    assert all(agreement in contract.zh for agreement in AGREEMENTS)
    submit = get_step("apply").substeps[4].zh
    assert "首次申请" in submit and "再次申请" in submit


def test_notice_and_rendering() -> None:
    assert "云市场服务商管理规范" in NOTICE.zh
    text = render_steps("en")
    assert text.splitlines()[1].startswith("1. Register an Alibaba Cloud account")
    assert "   vi. " in render_steps("zh")


def test_every_step_has_a_short_name_taken_from_the_guide() -> None:
    # The journey names steps by title (App Home, reminders, digest): each Chinese title is the
    # seed's own words for that step, found in its seed text, so nothing is retyped.
    assert [step.number for step in JOINING_STEPS] == list(range(1, 8))
    for step in JOINING_STEPS:
        assert step.title_zh and step.title_zh in step.seed_text, step.id
        assert step.title_en.strip(), step.id
        assert step.title("zh") == step.title_zh and step.title("en") == step.title_en
        assert step.text("zh").startswith(step.zh)
