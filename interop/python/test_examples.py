"""Proves that Python code can use the specs.

`cargo xtask interop` generates one client package per spec with openapi-python-client
(`apitokens_dynatrace`, `apitokens_astra`, `apitokens_emr_serverless_spark`, `apitokens_gitlab`;
names set in
config/), installs them into the tools venv and runs this file with that venv's Python. It also
runs under pytest. Each test parses a vendor page's example response (tests/fixtures/) with the
generated models and checks a few values, and that every key of the example is a property the
spec declares: the generated models keep undeclared keys in `additional_properties`, so a
misspelt or missing property in a spec shows up there.

The ACS3 tests check the standard-library signer in acs3.py against every vector of
specs/acs3-test-vectors.json, as another language's signer would prove itself.
"""

import datetime
import json
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import httpx

import acs3

from apitokens_astra.models import ProblemDetail, Token
from apitokens_dynatrace.models import ApiToken
from apitokens_emr_serverless_spark.models import (
    GetLivyComputeTokenResponse,
    ListLivyComputeTokenResponse,
)
from apitokens_gitlab.models import ApiError, PersonalAccessToken, PersonalAccessTokenWithSecret

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
VECTORS = ROOT / "specs" / "acs3-test-vectors.json"


def fixture(name: str) -> dict[str, Any]:
    with open(FIXTURES / name, encoding="utf-8") as file:
        return json.load(file)


def undeclared_keys(model: Any, path: str = "$") -> list[str]:
    """Every key, at any depth, that landed in a model's `additional_properties`."""
    found = [f"{path}.{key}" for key in model.additional_properties]
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        items = enumerate(value) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            if attrs.has(type(item)) and field.name != "additional_properties":
                where = f"{path}.{field.name}" + ("" if index is None else f"[{index}]")
                found += undeclared_keys(item, where)
    return found


def test_dynatrace_get_api_token() -> None:
    token = ApiToken.from_dict(fixture("dynatrace-get-api-token.json"))
    assert token.id == "dt0c01.ST2EY72KQINMH574WMNVI7YN"
    assert token.owner == "john.smith"
    assert token.personal_access_token is True
    assert token.scopes == ["metrics.read"]
    assert token.creation_date == datetime.datetime(
        2020, 11, 5, 8, 15, 30, 144000, tzinfo=datetime.timezone.utc
    )
    assert token.additional_metadata.dashboard_id == "82402bab-7370-4359-924d-88ed13c8919a"
    assert undeclared_keys(token) == []


def test_astra_created_by_system_and_version_1_1() -> None:
    body = fixture("astra-get-token.json")
    body["version"] = "1.1"
    body["metadata"]["createdBy"] = "system"
    token = Token.from_dict(body)
    assert token.version == "1.1"
    assert token.metadata.created_by == "system"


def test_astra_get_token() -> None:
    token = Token.from_dict(fixture("astra-get-token.json"))
    assert token.name == "Snapshot Script"
    # An open string in responses: a newer resource type or version must still parse.
    assert token.type_ == "application/astra-token"
    assert token.user_id == "09f8933c-ad74-4f4e-8ef5-1ffaa0fb8e9b"
    assert token.metadata.labels == []
    assert token.metadata.created_by == "8f84cf09-8036-51e4-b579-bd30cb07b269"
    assert token.metadata.creation_timestamp.year == 2022
    assert undeclared_keys(token) == []


def test_astra_not_found() -> None:
    problem = ProblemDetail.from_dict(fixture("astra-404.json"))
    assert problem.status == "404"
    assert problem.title == "Collection not found"
    assert undeclared_keys(problem) == []


def test_emr_get_livy_compute_token() -> None:
    response = GetLivyComputeTokenResponse.from_dict(fixture("emr-get-livy-compute-token.json"))
    assert response.code == "1000000"
    assert response.data.name == "test"
    assert response.data.created_by == "alice"
    assert response.data.create_time == 1749456094000
    assert response.data.auto_expire_configuration.expire_days == 7
    assert undeclared_keys(response) == []


def test_emr_list_livy_compute_token() -> None:
    response = ListLivyComputeTokenResponse.from_dict(fixture("emr-list-livy-compute-token.json"))
    (token,) = response.data.tokens
    assert token.createdby == "alice"
    assert token.token_id == "lctk-xxxxxxxxxxx"
    assert token.expire_time == 1749456994000
    assert undeclared_keys(response) == []


def test_gitlab_list_personal_access_tokens() -> None:
    (body,) = json.loads((FIXTURES / "gitlab-list-personal-access-tokens.json").read_text("utf-8"))
    token = PersonalAccessToken.from_dict(body)
    assert token.id == 4
    assert token.user_id == 3
    assert token.scopes == ["api"]
    assert token.expires_at is None
    assert token.last_used_at == datetime.datetime(
        2021, 10, 6, 17, 58, 37, 550000, tzinfo=datetime.timezone.utc
    )
    assert undeclared_keys(token) == []


def test_gitlab_rotate_and_create_carry_the_secret() -> None:
    rotated = PersonalAccessTokenWithSecret.from_dict(
        fixture("gitlab-rotate-personal-access-token.json")
    )
    assert rotated.token == "s3cr3t"
    assert rotated.expires_at == datetime.date(2023, 8, 15)
    assert rotated.last_used_at is None
    assert undeclared_keys(rotated) == []
    created = PersonalAccessTokenWithSecret.from_dict(
        fixture("gitlab-create-personal-access-token.json")
    )
    assert created.user_id == 42
    assert created.last_used_ips == []
    assert undeclared_keys(created) == []


def test_gitlab_errors() -> None:
    text = ApiError.from_dict({"message": "401 Unauthorized"})
    assert text.message == "401 Unauthorized"
    scope = ApiError.from_dict(
        {
            "error": "insufficient_scope",
            "error_description": "The request requires higher privileges than provided by the access token.",
            "scope": "sudo",
        }
    )
    assert scope.error == "insufficient_scope" and scope.scope == "sudo"
    assert undeclared_keys(scope) == []
    validation = ApiError.from_dict({"message": {"bio": ["is too long (maximum is 255 characters)"]}})
    assert validation.message.additional_properties == {
        "bio": ["is too long (maximum is 255 characters)"]
    }


def test_a_misspelt_key_is_reported_as_undeclared() -> None:
    # The check above is only worth something if it notices a key the spec lacks.
    body = fixture("emr-list-livy-compute-token.json")
    body["data"]["tokens"][0]["createdBy"] = body["data"]["tokens"][0].pop("createdby")
    response = ListLivyComputeTokenResponse.from_dict(body)
    assert undeclared_keys(response) == ["$.data.tokens[0].createdBy"]


def acs3_vectors() -> dict[str, Any]:
    with open(VECTORS, encoding="utf-8") as file:
        return json.load(file)


def test_acs3_signer_reproduces_every_request_vector() -> None:
    vectors = acs3_vectors()["requests"]
    assert len(vectors) >= 8
    for vector in vectors:
        got = acs3.sign_request_vector(vector)
        assert got == vector["expected"], f"{vector['name']}: {got}"


def test_acs3_httpx_hook_reproduces_every_request_vector() -> None:
    # The hook that signs the generated client's requests (test_sandbox.py), on an httpx
    # request built from each vector: httpx's own path and query encoding, repeated headers.
    for vector in acs3_vectors()["requests"]:
        given = vector["input"]
        request = httpx.Request(
            given["method"],
            f"https://{given['host']}{quote(given['path'], safe='/')}",
            params=[tuple(pair) for pair in given["query"]],
            headers=[tuple(pair) for pair in given["headers"]],
            content=given["body"].encode() or None,
        )
        acs3.sign_httpx_request(
            request,
            given["accessKeyId"],
            given["accessKeySecret"],
            given["action"],
            given["version"],
            given["date"],
            given["nonce"],
            given["securityToken"],
        )
        expected = vector["expected"]
        assert request.headers["authorization"] == expected["authorization"], vector["name"]
        for name, value in expected["addedHeaders"]:
            assert request.headers[name] == value, (vector["name"], name)
        # What is sent is the canonical query, so the server reads what was signed.
        assert request.url.query.decode() == expected["canonicalRequest"].split("\n")[2]


def test_acs3_signer_reproduces_every_canonicalization_vector() -> None:
    vectors = acs3_vectors()["canonicalization"]
    assert vectors
    for vector in vectors:
        got = acs3.sign_canonical_vector(vector)
        assert got == vector["expected"], f"{vector['name']}: {got}"


def test_acs3_vectors_include_alibabas_published_example() -> None:
    # The published signature of "V3 request structure and signature", checked here too so
    # that a regenerated file cannot drift from it unnoticed.
    (doc,) = [v for v in acs3_vectors()["requests"] if v["name"] == "alibaba-v3-documentation-example"]
    assert doc["expected"]["signature"] == (
        "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"
    )


def test_acs3_vectors_catch_a_wrong_signer() -> None:
    # Encoding a space as `+` (form encoding, the usual mistake) must fail the vectors.
    (vector,) = [v for v in acs3_vectors()["requests"] if v["name"] == "query-reserved-characters-and-spaces"]
    original = acs3.encode
    acs3.encode = lambda text: original(text).replace("%20", "+")
    try:
        assert acs3.sign_request_vector(vector) != vector["expected"]
    finally:
        acs3.encode = original


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
    print(f"python: {len(tests) - failed} passed, {failed} failed")
    raise SystemExit(1 if failed else 0)
