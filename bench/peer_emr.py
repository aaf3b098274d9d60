"""Alibaba Cloud's official Python SDK for EMR Serverless Spark
(`alibabacloud_emr_serverless_spark20230808`) making signed GetLivyComputeToken calls that
the sandbox verifies: what a user would otherwise run. Started by `apitokens-bench run`
(`cargo xtask bench`); see docs/BENCHMARKS.md.

usage: ALIBABA_CLOUD_ACCESS_KEY_ID=... ALIBABA_CLOUD_ACCESS_KEY_SECRET=... \
       python peer_emr.py <endpoint URL> <region> <workspace ID> <Livy Gateway ID> <token ID> <calls>
prints one JSON line: {"peer", "calls", "seconds", "cpu_seconds", "maxrss_kib"}
"""

import json
import os
import resource
import sys
import time
from importlib.metadata import version

from alibabacloud_emr_serverless_spark20230808 import models
from alibabacloud_emr_serverless_spark20230808.client import Client
from alibabacloud_tea_openapi import models as open_api_models

PACKAGE = "alibabacloud_emr_serverless_spark20230808"


def main() -> None:
    endpoint, region, workspace, gateway, token_id, calls = sys.argv[1:7]
    protocol, host = endpoint.split("://", 1)
    client = Client(
        open_api_models.Config(
            access_key_id=os.environ["ALIBABA_CLOUD_ACCESS_KEY_ID"],
            access_key_secret=os.environ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
            endpoint=host,
            protocol=protocol,
            region_id=region,
        )
    )
    request = models.GetLivyComputeTokenRequest(region_id=region)

    def get():
        response = client.get_livy_compute_token(workspace, gateway, token_id, request)
        if response.body.data is None or response.body.data.token_id != token_id:
            raise SystemExit(f"unexpected answer: {response.body}")

    get()  # also opens the connection, as the other side's warm-up does

    started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(int(calls)):
        get()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    print(
        json.dumps(
            {
                "peer": f"{PACKAGE} {version(PACKAGE)}",
                "calls": int(calls),
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
