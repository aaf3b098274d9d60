"""A small ACS3-HMAC-SHA256 signer (Alibaba Cloud's V3 signature), standard library only.

It is what another language's team writes from specs/emr-serverless-spark.yaml, and it proves
itself against specs/acs3-test-vectors.json (test_examples.py). `cargo xtask interop` then signs
the generated Python client's requests to the sandbox with it (`sign_httpx_request`).
"""

import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, unquote_to_bytes

ALGORITHM = "ACS3-HMAC-SHA256"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode(text: str | bytes) -> str:
    """RFC 3986: everything but A-Z a-z 0-9 - _ . ~ is percent-encoded (UTF-8, upper-case hex)."""
    return quote(text, safe="")


def canonical_uri(path: str) -> str:
    """Each `/`-separated segment of a decoded path, encoded; an empty path is `/`."""
    return "/".join(encode(segment) for segment in path.split("/")) if path else "/"


def canonical_uri_of_encoded(raw_path: str) -> str:
    """The canonical URI of a path as sent (percent-encoded): each segment decoded, then
    encoded, so nothing is encoded twice and an encoded `/` stays data."""
    return "/".join(encode(unquote_to_bytes(segment)) for segment in raw_path.split("/")) or "/"


def canonical_query(pairs: Iterable[tuple[str | bytes, str | bytes]]) -> str:
    """Decoded pairs, each side encoded, sorted by encoded name then value (names may repeat)."""
    encoded = sorted((encode(name), encode(value)) for name, value in pairs)
    return "&".join(f"{name}={value}" for name, value in encoded)


def is_signed(name: str) -> bool:
    return name == "host" or name == "content-type" or name.startswith("x-acs-")


def canonical_headers(headers: Iterable[tuple[str, str]]) -> tuple[str, str]:
    """(`name:value\\n` per signed header, names joined with `;`): names lowercased, values
    trimmed, values of one name joined with `,` in the order sent, sorted by name."""
    merged: dict[str, list[str]] = {}
    for name, value in headers:
        name = name.lower()
        if is_signed(name):
            merged.setdefault(name, []).append(value.strip())
    names = sorted(merged)
    canonical = "".join(f"{name}:{','.join(merged[name])}\n" for name in names)
    return canonical, ";".join(names)


def sign_parts(
    method: str,
    uri: str,
    query: Iterable[tuple[str | bytes, str | bytes]],
    headers: Iterable[tuple[str, str]],
    hashed_payload: str,
    access_key_id: str,
    access_key_secret: str,
) -> dict[str, str]:
    """The canonical request, string to sign, signature and `Authorization` of the parts."""
    header_block, signed_headers = canonical_headers(headers)
    canonical_request = "\n".join(
        [
            method,
            uri,
            canonical_query(query),
            header_block,
            signed_headers,
            hashed_payload,
        ]
    )
    hashed_canonical_request = sha256_hex(canonical_request.encode())
    string_to_sign = f"{ALGORITHM}\n{hashed_canonical_request}"
    signature = hmac.new(
        access_key_secret.encode(), string_to_sign.encode(), hashlib.sha256
    ).hexdigest()
    return {
        "canonicalRequest": canonical_request,
        "hashedCanonicalRequest": hashed_canonical_request,
        "stringToSign": string_to_sign,
        "signedHeaders": signed_headers,
        "signature": signature,
        "authorization": f"{ALGORITHM} Credential={access_key_id},"
        f"SignedHeaders={signed_headers},Signature={signature}",
    }


def added_headers(
    host: str,
    body: bytes,
    action: str,
    version: str,
    date: str,
    nonce: str,
    security_token: str | None = None,
) -> list[tuple[str, str]]:
    """The headers a signer adds to a request before signing it, sorted by name."""
    added = [
        ("host", host),
        ("x-acs-action", action),
        ("x-acs-content-sha256", sha256_hex(body)),
        ("x-acs-date", date),
        ("x-acs-signature-nonce", nonce),
        ("x-acs-version", version),
    ]
    if security_token is not None:
        added.append(("x-acs-security-token", security_token))
    return sorted(added)


def sign_request_vector(vector: Mapping[str, Any]) -> dict[str, Any]:
    """A `requests` entry of acs3-test-vectors.json, signed: the shape of its `expected`."""
    given = vector["input"]
    body = given["body"].encode()
    added = added_headers(
        given["host"],
        body,
        given["action"],
        given["version"],
        given["date"],
        given["nonce"],
        given["securityToken"],
    )
    signed = sign_parts(
        given["method"],
        canonical_uri(given["path"]),
        [tuple(pair) for pair in given["query"]],
        [tuple(pair) for pair in given["headers"]] + added,
        sha256_hex(body),
        given["accessKeyId"],
        given["accessKeySecret"],
    )
    return {"addedHeaders": [list(pair) for pair in added], **signed}


def sign_canonical_vector(vector: Mapping[str, Any]) -> dict[str, str]:
    """A `canonicalization` entry of acs3-test-vectors.json, signed."""
    given = vector["input"]
    return sign_parts(
        given["method"],
        canonical_uri(given["path"]),
        [tuple(pair) for pair in given["query"]],
        [tuple(pair) for pair in given["headers"]],
        given["hashedPayload"],
        given["accessKeyId"],
        given["accessKeySecret"],
    )


def sign_httpx_request(
    request: Any,
    access_key_id: str,
    access_key_secret: str,
    action: str,
    version: str,
    date: str,
    nonce: str,
    security_token: str | None = None,
) -> None:
    """Signs an `httpx.Request` in place (used as the generated client's event hook)."""
    body = request.content or b""
    host = request.url.netloc.decode("ascii")
    added = added_headers(host, body, action, version, date, nonce, security_token)
    names = {name for name, _ in added}
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    # httpx sends the query form-encoded (a space as `+`): send the canonical form instead, so
    # that the server reads exactly what was signed.
    pairs = request.url.params.multi_items()
    query = canonical_query(pairs)
    request.url = request.url.copy_with(query=query.encode("ascii") or None)
    signed = sign_parts(
        request.method,
        canonical_uri_of_encoded(raw_path),
        pairs,
        [(n, v) for n, v in request.headers.multi_items() if n.lower() not in names] + added,
        sha256_hex(body),
        access_key_id,
        access_key_secret,
    )
    for name, value in added:
        request.headers[name] = value
    request.headers["authorization"] = signed["authorization"]
