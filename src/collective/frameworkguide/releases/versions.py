"""The latest final release in a PEP 691 project page, compared as PEP 440 says.

Files give each release its version (from the file name) and its upload time
(PEP 700 ``upload-time``); yanked files do not count, nor do pre-releases and
development releases. A release's date is its first upload; the first
release's date is the oldest upload of any file::

    >>> page = {"versions": ["1.0", "2.0", "2.1rc1"], "files": [
    ...     {"filename": "demo-1.0.tar.gz", "upload-time": "2019-05-01T10:00:00Z"},
    ...     {"filename": "demo-2.0-py3-none-any.whl",
    ...      "upload-time": "2021-03-02T08:00:00.123456Z"},
    ...     {"filename": "demo-2.0.tar.gz", "upload-time": "2021-03-01T09:00:00Z"},
    ...     {"filename": "demo-2.1rc1.tar.gz", "upload-time": "2022-01-01T00:00:00Z"},
    ...     {"filename": "demo-3.0.tar.gz", "upload-time": "2022-02-01T00:00:00Z",
    ...      "yanked": "broken"}]}
    >>> latest_release(page)
    Release(version='2.0', released=datetime.date(2021, 3, 1), first_released=datetime.date(2019, 5, 1))
"""  # noqa: E501

from dataclasses import dataclass
from datetime import date
from datetime import datetime
from packaging.utils import InvalidSdistFilename
from packaging.utils import InvalidWheelFilename
from packaging.utils import parse_sdist_filename
from packaging.utils import parse_wheel_filename
from packaging.version import InvalidVersion
from packaging.version import Version

import re


# Older formats: the version follows the name up to the format's suffix.
_LEGACY = re.compile(
    r"^(?P<name>.+?)-(?P<version>\d[^-]*?)"
    r"(-py\d(\.\d+)?)?(-[^-]+)?\.(egg|zip|exe|msi|tar\.bz2|tbz|tar|tgz|rpm)$"
)


@dataclass(frozen=True)
class Release:
    version: str
    released: date | None
    first_released: date | None


def file_version(filename: str) -> Version | None:
    """The version a distribution file belongs to, ``None`` if unreadable."""
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        if filename.endswith((".tar.gz", ".zip")):
            return parse_sdist_filename(filename)[1]
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion):
        pass
    match = _LEGACY.match(filename)
    if match is None:
        return None
    try:
        return Version(match["version"])
    except InvalidVersion:
        return None


def upload_date(value) -> date | None:
    """The day of an ISO 8601 ``upload-time`` (``None`` if missing or wrong)."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def is_final(version: Version) -> bool:
    return not (version.is_prerelease or version.is_devrelease)


def _listed_versions(page: dict) -> dict[Version, str] | None:
    """PEP 700's ``versions`` as parsed → as written (``None`` if absent)."""
    listed = page.get("versions")
    if not isinstance(listed, list):
        return None
    parsed = {}
    for text in listed:
        try:
            parsed[Version(str(text))] = str(text)
        except InvalidVersion:
            continue
    return parsed


def latest_release(page: dict) -> Release | None:
    """The newest final, not yanked release of a project page, or ``None``."""
    listed = _listed_versions(page)
    uploads: dict[Version, list] = {}
    first = None
    for entry in page.get("files") or ():
        if not isinstance(entry, dict):
            continue
        version = file_version(str(entry.get("filename", "")))
        day = upload_date(entry.get("upload-time"))
        if day is not None and (first is None or day < first):
            first = day
        if version is None or entry.get("yanked") or not is_final(version):
            continue
        if listed is not None and version not in listed:
            continue
        uploads.setdefault(version, []).append(day)
    if not uploads:
        return None
    newest = max(uploads)
    days = [day for day in uploads[newest] if day is not None]
    text = listed[newest] if listed else str(newest)
    return Release(text, min(days) if days else None, first)
