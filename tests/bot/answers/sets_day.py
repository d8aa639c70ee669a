"""The day the answers tests and question sets are answered on.

Every writer's brief gave the bot's today as 2026-12-02 (China time): a licence dated 2025-12-02
is exactly one year old and December 2026 is "this month" only on that day. Answered on the real
calendar, the suite changed verdicts at midnight in Shanghai.
"""

from datetime import date

SETS_DAY = date(2026, 12, 2)
