"""`python -m bot`: the same command line as `onboard-bot` (SPEC "Commands").

An entry point, not part of the core: it hands over to the composition root by name, so the
core itself never imports `cli` (the layers in docs/ARCHITECTURE.md). Prefer `python -m cli`.
"""

import importlib
import sys

sys.exit(importlib.import_module("cli.main").main())
