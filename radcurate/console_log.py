"""The console logger of every run: Dagster's format, with an option to keep each event to one line.

`radcurate curate` runs jobs in-process, so a failed or interrupted step would print its whole stack trace
to the operator's terminal (Ctrl-C: about a hundred lines). With `full_errors: false` (the CLI without
`-v`) each event prints its first line only; the full text stays in the run's event log for the UI.
"""

from __future__ import annotations

import logging
import sys

import dagster as dg

FORMAT = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"


class FirstLineFormatter(logging.Formatter):
    """Formats like Dagster's console logger, cutting the message (and any traceback) after its first line."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        first, _, rest = text.partition("\n")
        return first + (" (details: -v, or the run in the Dagster UI)" if rest.strip() else "")


@dg.logger(
    {"log_level": dg.Field(str, is_required=False, default_value="INFO", description="The logger's threshold."),
     "full_errors": dg.Field(bool, is_required=False, default_value=True,
                             description="Print stack traces; false keeps every event to one line.")},
    description="Console logger (stderr); `full_errors: false` prints one line per event.",
)
def console_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    config = init_context.logger_config
    logger = logging.Logger("dagster", level=logging.getLevelName(config["log_level"].upper()))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(FORMAT) if config["full_errors"] else FirstLineFormatter(FORMAT))
    logger.addHandler(handler)
    return logger
