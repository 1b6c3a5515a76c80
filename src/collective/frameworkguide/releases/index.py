"""A bounded client of a package index's JSON simple API (PEP 691, PEP 700).

One GET per package, ``Accept: application/vnd.pypi.simple.v1+json``, at
``<index>/<normalized name>/``. The answer's ``files`` carry ``upload-time``
and ``yanked`` (PEP 700); its ``versions`` list every version. Every request
is bounded in time (``Limits.timeout`` for each read and for the whole
answer) and in size (read in chunks, cut off past ``Limits.max_bytes``). Any
failure raises ``PackageIndexError`` with a sentence saying what went wrong::

    >>> normalized_name("Zope.Interface_x")
    'zope-interface-x'
    >>> project_url("https://pypi.org/simple", "Flask")
    'https://pypi.org/simple/flask/'
"""

from collective.frameworkguide.errors import PackageIndexError
from collective.frameworkguide.releases.versions import latest_release
from collective.frameworkguide.releases.versions import Release
from dataclasses import dataclass

import json
import re
import time
import urllib.error
import urllib.request


JSON_API = "application/vnd.pypi.simple.v1+json"
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """How far one run may go: seconds per request, bytes per answer and
    packages per run."""

    timeout: float = 10.0
    max_bytes: int = 10 * 1024 * 1024
    max_packages: int = 100


def normalized_name(name: str) -> str:
    """The project's name as the simple API spells it (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def project_url(index_url: str, name: str) -> str:
    return f"{index_url.rstrip('/')}/{normalized_name(name)}/"


def _read_bounded(answer, limits: Limits, deadline: float) -> bytes:
    declared = answer.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise PackageIndexError(f"the answer is too big ({declared} bytes)")
    chunks, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise PackageIndexError(
                f"no complete answer within {limits.timeout:g} seconds"
            )
        chunk = answer.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limits.max_bytes:
            raise PackageIndexError(
                f"the answer is too big (cut off after {limits.max_bytes} bytes)"
            )
        chunks.append(chunk)


def fetch_project(index_url: str, name: str, limits: Limits = Limits()) -> dict:
    """The project's JSON page, or ``PackageIndexError`` saying why not."""
    url = project_url(index_url, name)
    request = urllib.request.Request(url, headers={"Accept": JSON_API})
    deadline = time.monotonic() + limits.timeout
    try:
        with urllib.request.urlopen(request, timeout=limits.timeout) as answer:
            content_type = answer.headers.get_content_type()
            body = _read_bounded(answer, limits, deadline)
    except urllib.error.HTTPError as error:
        if error.code == 404:
            raise PackageIndexError("the index does not know this package") from None
        raise PackageIndexError(f"the index answered HTTP {error.code}") from None
    except (TimeoutError, urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", None) or error
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise PackageIndexError(
                f"no answer within {limits.timeout:g} seconds"
            ) from None
        raise PackageIndexError(f"the index cannot be reached ({reason})") from None
    if content_type != JSON_API:
        raise PackageIndexError(
            f"the index answered {content_type!r}, not the JSON simple API"
        )
    try:
        data = json.loads(body)
    except ValueError:
        raise PackageIndexError("the answer is not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        raise PackageIndexError("the answer has no list of files")
    return data


def read_release(index_url: str, name: str, limits: Limits = Limits()) -> Release:
    """The latest final release of ``name`` on the index (see ``versions.py``)."""
    release = latest_release(fetch_project(index_url, name, limits))
    if release is None:
        raise PackageIndexError("the index lists no final release of this package")
    return release
