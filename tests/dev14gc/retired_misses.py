"""Developer tool of fix round 24b (RETIRED held-outs 35 and 36 and older only): the misses of the given labels, the
lost keep-terms and the largest over-redacted stretches, with ~60 characters of context (tests/dev14ga's lister with
the clean boundary moved to held-out 37).

    PYTHONPATH=. python -m tests.dev14gc.retired_misses --labels PERSON,INSTITUTION MODULE ...
"""

from __future__ import annotations

import sys

from tests.dev14ga.retired_misses import main as _main

_CLEAN_FROM = 37

if __name__ == "__main__":
    sys.exit(_main(None, _CLEAN_FROM))
