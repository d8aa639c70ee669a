"""The seven joining steps of the seed's section 2 (data in `rules/data/process.yaml`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rules.datafile import STRICT, load_data_file

DATA_PATH = "data/process.yaml"


@dataclass(frozen=True, kw_only=True)
class Text:
    """A text of the process in both languages, with its seed text."""

    __pydantic_config__ = STRICT

    zh: str
    en: str
    seed_text: str | None = None


@dataclass(frozen=True, kw_only=True)
class SubStep:
    """A lettered sub-step of a joining step."""

    __pydantic_config__ = STRICT

    label: str
    zh: str
    en: str


@dataclass(frozen=True, kw_only=True)
class Step:
    """One of the seven joining steps."""

    __pydantic_config__ = STRICT

    number: int
    id: str
    title_zh: str
    title_en: str
    zh: str
    en: str
    seed_text: str
    substeps: tuple[SubStep, ...] = ()

    def title(self, lang: str) -> str:
        """The step's short name (the journey's step names)."""
        return self.title_en if lang == "en" else self.title_zh

    def text(self, lang: str) -> str:
        """What to do, with the sub-steps as lines (the guide's text for the step)."""
        lines = [self.en if lang == "en" else self.zh]
        lines += [f"{sub.label}. {sub.en if lang == 'en' else sub.zh}" for sub in self.substeps]
        return "\n".join(lines)


@dataclass(frozen=True, kw_only=True)
class _ProcessFile:
    """rules/data/process.yaml."""

    __pydantic_config__ = STRICT

    notice: Text
    intro: Text
    steps: tuple[Step, ...]
    help: Text

    def __post_init__(self) -> None:
        numbers = [step.number for step in self.steps]
        if numbers != list(range(1, 8)):
            raise ValueError(f"steps must be numbered 1..7 in order, got {numbers}")


_DATA = load_data_file(DATA_PATH, _ProcessFile)

JOINING_STEPS: list[Step] = list(_DATA.steps)
NOTICE: Text = _DATA.notice  # read 云市场服务商管理规范 before joining
INTRO: Text = _DATA.intro
HELP: Text = _DATA.help


def get_step(step_id: str) -> Step:
    for step in JOINING_STEPS:
        if step.id == step_id:
            return step
    raise KeyError(f"unknown step {step_id!r}; steps: {[s.id for s in JOINING_STEPS]}")


# The contracts the vendor signs, as the contract step names them (《…》), not retyped.
AGREEMENTS: tuple[str, ...] = tuple(re.findall(r"《[^》]+》", get_step("sign_contract").zh))


def render_steps(lang: str = "zh") -> str:
    """The steps as numbered text, sub-steps indented (for chat replies and the console)."""
    lines = [NOTICE.zh if lang == "zh" else NOTICE.en]
    for step in JOINING_STEPS:
        lines.append(f"{step.number}. {step.zh if lang == 'zh' else step.en}")
        for sub in step.substeps:
            lines.append(f"   {sub.label}. {sub.zh if lang == 'zh' else sub.en}")
    return "\n".join(lines)
