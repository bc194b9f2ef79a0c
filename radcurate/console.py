"""The `radcurate` console script's entry point: Ctrl-C is an interrupt from the project's first line on.

radcurate.cli imports every sub-command's parser at module level, so a Ctrl-C that lands while the console
script is still importing it would print a KeyboardInterrupt traceback instead of the CLI's one line. The
console script imports this module (standard library only), which installs the handler (SIGINT and SIGTERM) and
then imports radcurate.cli inside the handled region. Before this module runs, only the interpreter's own start-up does.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence

from radcurate.interrupts import INTERRUPTED_MESSAGE, remember


def main(argv: Sequence[str] | None = None) -> int:
    remember(signal.SIGINT, signal.SIGTERM)  # `kill` stops the command like Ctrl-C: one line, exit 130
    try:
        from radcurate.cli import main as cli_main
    except KeyboardInterrupt:
        print(INTERRUPTED_MESSAGE, file=sys.stderr)
        return 130
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
