"""Calls the sandbox with the generated Python clients: one read operation per vendor.

`cargo xtask interop` starts `apitokens-sandbox` on loopback, passes its URL and demo
credentials in the `APITOKENS_SANDBOX_*` environment variables, runs this file with the tools
venv's Python (where it installed the generated packages) and stops the sandbox. EMR's calls are
signed with the standard-library ACS3 signer in acs3.py, which test_examples.py has just
checked against specs/acs3-test-vectors.json, as an httpx request hook. Nothing here prints a
credential.
"""

import datetime
import json
import os
import traceback
import uuid
from collections.abc import Callable
from typing import Any

import httpx

import acs3
from apitokens_astra import AuthenticatedClient as AstraClient
from apitokens_astra.api.token import list_tokens
from apitokens_astra.models import Token, TokenList
from apitokens_dynatrace import AuthenticatedClient as DynatraceClient
from apitokens_dynatrace.api.access_tokens_api_tokens import list_api_tokens
from apitokens_dynatrace.models import ApiTokenList
from apitokens_emr_serverless_spark import AuthenticatedClient as EmrClient
from apitokens_emr_serverless_spark.api.livy_compute import list_livy_compute_token
from apitokens_emr_serverless_spark.models import ListLivyComputeTokenResponse
from apitokens_gitlab import AuthenticatedClient as GitLabClient
from apitokens_gitlab.api.personal_access_tokens import list_personal_access_tokens
from apitokens_gitlab.models import PersonalAccessToken

# Every call is bounded: a sandbox that hangs fails the run instead of stalling it.
TIMEOUT = httpx.Timeout(10.0)
EMR_VERSION = "2023-08-08"


def env(name: str) -> str:
    value = os.environ.get(f"APITOKENS_SANDBOX_{name}", "")
    if not value:
        raise RuntimeError(
            f"APITOKENS_SANDBOX_{name} is not set: run this through `cargo xtask interop`"
        )
    return value


def test_dynatrace_list_api_tokens() -> None:
    client = DynatraceClient(
        base_url=env("URL") + "/api/v2",
        token=env("DYNATRACE_TOKEN"),
        prefix="Api-Token",
        timeout=TIMEOUT,
    )
    with client:
        response = list_api_tokens.sync_detailed(client=client, fields="+scopes")
    assert response.status_code == 200, response.status_code
    page = response.parsed
    assert isinstance(page, ApiTokenList), type(page)
    by_name = {token.name: token for token in page.api_tokens}
    assert page.total_count >= len(by_name) >= 10, page.total_count
    assert by_name["token-rotation-bot"].scopes == ["apiTokens.read", "apiTokens.write"]


def test_astra_list_tokens() -> None:
    client = AstraClient(
        base_url=env("URL"), token=env("ASTRA_TOKEN"), prefix="Bearer", timeout=TIMEOUT
    )
    with client:
        response = list_tokens.sync_detailed(
            env("ASTRA_ACCOUNT_ID"), env("ASTRA_USER_ID"), client=client
        )
    assert response.status_code == 200, response.status_code
    page = response.parsed
    assert isinstance(page, TokenList), type(page)
    names = {item.name for item in page.items if isinstance(item, Token)}
    assert {"Snapshot Script", "Backup Automation", "Volume Checker"} <= names, names


def test_gitlab_list_personal_access_tokens() -> None:
    client = GitLabClient(
        base_url=env("GITLAB_URL"),
        token=env("GITLAB_TOKEN"),
        prefix="",
        auth_header_name="PRIVATE-TOKEN",
        timeout=TIMEOUT,
    )
    with client:
        response = list_personal_access_tokens.sync_detailed(client=client, per_page=100)
    assert response.status_code == 200, response.status_code
    tokens = response.parsed
    assert isinstance(tokens, list), type(tokens)
    assert all(isinstance(token, PersonalAccessToken) for token in tokens)
    names = {token.name for token in tokens}
    assert {"CI pipeline", "Sudo automation", "Never used"} <= names, names
    assert response.headers.get("x-page") == "1", response.headers


def emr_client(key_id: str, secret: str, token: str | None, action: str) -> EmrClient:
    """A generated EMR client whose requests are ACS3-signed by acs3.py for `action`."""

    def sign(request: httpx.Request) -> None:
        now = datetime.datetime.now(datetime.timezone.utc)
        acs3.sign_httpx_request(
            request,
            key_id,
            secret,
            action,
            EMR_VERSION,
            now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            uuid.uuid4().hex,
            token,
        )

    hooks: dict[str, list[Callable[[Any], None]]] = {"request": [sign]}
    # The generated client requires a token for the scheme; the hook replaces its header.
    return EmrClient(
        base_url=env("URL"),
        token="unused",
        prefix="",
        timeout=TIMEOUT,
        httpx_args={"event_hooks": hooks},
    )


def list_emr_tokens(client: EmrClient) -> Any:
    with client:
        return list_livy_compute_token.sync_detailed(
            env("EMR_WORKSPACE_ID"),
            env("EMR_LIVY_COMPUTE_ID"),
            client=client,
            region_id=env("EMR_REGION"),
        )


def test_emr_list_livy_compute_token_signed_in_python() -> None:
    client = emr_client(
        env("EMR_ACCESS_KEY_ID"), env("EMR_ACCESS_KEY_SECRET"), None, "ListLivyComputeToken"
    )
    response = list_emr_tokens(client)
    assert response.status_code == 200, (response.status_code, response.content[:300])
    body = response.parsed
    assert isinstance(body, ListLivyComputeTokenResponse), type(body)
    assert body.code == "1000000", body.code
    names = {token.name for token in body.data.tokens}
    assert {"airflow", "jupyter-alice", "ci-smoke"} <= names, names


def test_emr_with_sts_credentials() -> None:
    client = emr_client(
        env("EMR_STS_ACCESS_KEY_ID"),
        env("EMR_STS_ACCESS_KEY_SECRET"),
        env("EMR_STS_SECURITY_TOKEN"),
        "ListLivyComputeToken",
    )
    response = list_emr_tokens(client)
    assert response.status_code == 200, (response.status_code, response.content[:300])


def test_emr_refuses_a_wrong_signature() -> None:
    # The calls above prove the signer only if the sandbox checks signatures.
    client = emr_client(env("EMR_ACCESS_KEY_ID"), "not-the-secret", None, "ListLivyComputeToken")
    response = list_emr_tokens(client)
    assert response.status_code in (400, 403), response.status_code
    # The gateway answers in PascalCase (`GatewayError`); the generated client tries the
    # `anyOf` members in order and takes `ProductError`, whose keys are all optional, so read
    # the code from the body.
    assert json.loads(response.content)["Code"] == "SignatureDoesNotMatch", response.content


if __name__ == "__main__":
    tests = [(name, test) for name, test in sorted(globals().items()) if name.startswith("test_")]
    failed = 0
    for name, test in tests:
        try:
            test()
            print(f"ok     {name}")
        except Exception as error:  # noqa: BLE001 - report every failure, then exit non-zero
            failed += 1
            frame = traceback.extract_tb(error.__traceback__)[-1]
            print(f"FAILED {name}: {type(error).__name__} {error}".rstrip())
            print(f"       at line {frame.lineno}: {frame.line}")
    print(f"python: sandbox calls {len(tests) - failed} passed, {failed} failed")
    raise SystemExit(1 if failed else 0)
