"""Commission: settlement CSV import, monthly SQL aggregation, summaries, corrections, exports.

Public entry points: `importer.import_csv`, `summary.summarize_month`,
`staff.handle_commission_command`. Posting to Slack, the monthly schedule and the CSV upload
live in handlers/commission/.
"""
