"""The command line: the composition root on top of handlers/ (Slack) and bot/ (the core).

`onboard-bot` (`cli.main:main`, or `python -m cli`) parses arguments, loads settings once and
imports only the chosen subcommand's module.
"""
