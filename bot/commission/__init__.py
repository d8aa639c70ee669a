"""Commission: settlement CSV import, monthly SQL aggregation, summaries, posting exactly once.

Public entry points: `importer.import_csv`, `summary.summarize_month`, `post.post_month`,
`schedule.run_monthly_schedule`, `staff.handle_commission_command`; the CLI is `cli.cmd_*`.
"""
