"""onboard-bot core: conversations, answers, storage, configuration and the CLI (no Slack)."""
