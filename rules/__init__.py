"""Pure domain of the marketplace guide: markets, conditions, eligibility, deposit, ticket,
joining process and commission. Data plus functions; no I/O beyond reading its own data files,
no Slack, no database."""
