"""The day the answers tests and question sets are answered on.

Every writer's brief gave the bot's today as 2026-12-02 (China time): a licence dated 2025-12-02
is exactly one year old and December 2026 is "this month" only on that day. Answered on the real
calendar, the suite changed verdicts at midnight in Shanghai.
"""

from datetime import date

SETS_DAY = date(2026, 12, 2)

# Sets whose writer's brief gave another day as today (session 40's briefs said 2026-12-04):
# answered on that day, so a licence's age or "this month" is the one the writer reckoned.
SET_DAYS: dict[str, date] = {
    "holdout38": date(2026, 12, 4),
    "holdout39": date(2026, 12, 4),
    "dev40a": date(2026, 12, 4),
    "dev40b": date(2026, 12, 4),
    "dev40c": date(2026, 12, 4),
    "dev40d": date(2026, 12, 4),
    # Session 41's holdout, written with the same day.
    "holdout40": date(2026, 12, 4),
    # Session 42's holdout, written with the same day.
    "holdout41": date(2026, 12, 4),
    "holdout42": date(2026, 12, 4),
    # Session 42's development sets, written with the same day.
    "dev42a": date(2026, 12, 4),
    "dev42b": date(2026, 12, 4),
    # Session 43's holdout and development sets, written with the same day.
    "holdout43": date(2026, 12, 4),
    "dev43a": date(2026, 12, 4),
    "dev43b": date(2026, 12, 4),
    "holdout44": date(2026, 12, 4),
    "dev44a": date(2026, 12, 4),
    "holdout45": date(2026, 12, 4),
    # Session 44's holdout and development set, written with the same day.
    "holdout46": date(2026, 12, 4),
    "dev46a": date(2026, 12, 4),
    "holdout47": date(2026, 12, 4),
    # Session 45's holdout, written with 2026-12-05 as today.
    "holdout48": date(2026, 12, 5),
    "holdout49": date(2026, 12, 5),
    # Session 47's holdout and development set, written with 2026-12-05 as today.
    "holdout50": date(2026, 12, 5),
    "dev47a": date(2026, 12, 5),
    # Session 48's holdout, written with 2026-12-05 as today.
    "holdout51": date(2026, 12, 5),
    "holdout52": date(2026, 12, 5),
    "holdout53": date(2026, 12, 5),
    "holdout54": date(2026, 12, 5),
    "holdout55": date(2026, 12, 5),
    "holdout56": date(2026, 12, 5),
    # Session 50's holdouts, written with 2026-12-05 as today.
    "holdout57": date(2026, 12, 5),
    "holdout58": date(2026, 12, 5),
    "holdout59": date(2026, 12, 5),
    "holdout60": date(2026, 12, 5),
    # Session 51's holdouts, written with 2026-12-05 as today.
    "holdout61": date(2026, 12, 5),
    "holdout62": date(2026, 12, 5),
    "holdout63": date(2026, 12, 5),
    "holdout64": date(2026, 12, 5),
    "holdout65": date(2026, 12, 6),
    "holdout66": date(2026, 12, 6),
    "holdout67": date(2026, 12, 6),
    "holdout68": date(2026, 12, 6),
    "holdout69": date(2026, 12, 6),
    "holdout70": date(2026, 12, 6),
    "holdout71": date(2026, 12, 6),
    "holdout72": date(2026, 12, 6),
    "holdout73": date(2026, 12, 6),
    "holdout74": date(2026, 12, 6),
    "holdout75": date(2026, 12, 6),
    "holdout76": date(2026, 12, 6),
    "holdout77": date(2026, 12, 6),
    "holdout78": date(2026, 12, 6),
    "holdout79": date(2026, 12, 6),
    "holdout80": date(2026, 12, 6),
    # Session 55's holdouts, written with 2026-12-06 as today.
    "holdout81": date(2026, 12, 6),
    "holdout82": date(2026, 12, 6),
    "holdout83": date(2026, 12, 6),
    "holdout84": date(2026, 12, 6),
    "holdout85": date(2026, 12, 6),
    "holdout86": date(2026, 12, 6),
    "holdout87": date(2026, 12, 6),
    "holdout88": date(2026, 12, 7),
    "holdout89": date(2026, 12, 7),
    "holdout90": date(2026, 12, 7),
    "holdout91": date(2026, 12, 7),
    "holdout92": date(2026, 12, 7),
    "holdout93": date(2026, 12, 7),
    "holdout94": date(2026, 12, 7),
    "holdout95": date(2026, 12, 7),
    "holdout96": date(2026, 12, 7),
    "holdout97": date(2026, 12, 7),
    "holdout98": date(2026, 12, 7),
    "holdout99": date(2026, 12, 7),
    "holdout100": date(2026, 12, 7),
    "holdout101": date(2026, 12, 7),
    "holdout102": date(2026, 12, 7),
    "holdout103": date(2026, 12, 7),
    "holdout104": date(2026, 12, 7),
    "holdout105": date(2026, 12, 7),
    "holdout106": date(2026, 12, 7),
    "holdout107": date(2026, 12, 7),
    "holdout108": date(2026, 12, 7),
    "holdout109": date(2026, 12, 7),
    "holdout110": date(2026, 12, 7),
    "holdout111": date(2026, 12, 7),
    "holdout112": date(2026, 12, 7),
    "holdout113": date(2026, 12, 7),
    "holdout114": date(2026, 12, 8),
    "holdout115": date(2026, 12, 8),
    "holdout116": date(2026, 12, 8),
    "holdout117": date(2026, 12, 8),
    "holdout118": date(2026, 12, 8),
}


def day_of(file_name: str) -> date:
    """The day the set in `file_name` ("holdout38_questions.yaml", "holdout38_as_written.yaml",
    "dev40a.yaml") is answered on."""
    stem = file_name.removesuffix(".yaml")
    return next(
        (day for name, day in SET_DAYS.items() if stem == name or stem.startswith(name + "_")),
        SETS_DAY,
    )
