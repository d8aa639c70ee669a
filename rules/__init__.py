"""Pure domain of the marketplace guide: markets, conditions, eligibility, deposit, ticket,
joining process and commission. Data plus functions; no I/O beyond reading its own data files
(and keeping them parsed in a cache on disk, rules/cache.py), no Slack, no database."""
