"""The official Dynatrace Python client (`dt` on PyPI) listing the sandbox's tokens: what a
user would otherwise run. Started by `apitokens-bench run` (`cargo xtask bench`), which
compares it with apitokens listing the same tokens; see docs/BENCHMARKS.md.

usage: DT_API_TOKEN=... python peer_dt.py <environment URL> <tokens to list>
prints one JSON line: {"peer", "tokens", "seconds", "cpu_seconds", "maxrss_kib"}
"""

import itertools
import json
import os
import resource
import sys
import time
from importlib.metadata import version

from dynatrace import Dynatrace

# The fields apitokens' DynatraceSource asks for, so that both sides receive the same pages.
FIELDS = (
    "+personalAccessToken,+expirationDate,+lastUsedDate,+lastUsedIpAddress,"
    "+modifiedDate,+scopes,+additionalMetadata"
)


def main() -> None:
    url, limit = sys.argv[1], int(sys.argv[2])
    client = Dynatrace(url, os.environ["DT_API_TOKEN"])
    started, cpu_started = time.perf_counter(), time.process_time()
    tokens = 0
    # `tokens.list()` takes no page size: dt always pages at Dynatrace's default (200).
    for token in itertools.islice(client.tokens.list(fields=FIELDS), limit):
        if token.id:
            tokens += 1
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        json.dumps(
            {
                "peer": f"dt {version('dt')}",
                "tokens": tokens,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
