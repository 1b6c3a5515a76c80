"""The Nu HTML Checker (vnu) on pages, and what a page has that another has not.

vnu comes from npm (``vnu-jar`` in package.json; ``make test`` runs
``npm ci``) and runs on Java (Debian: ``default-jre-headless``). Starting the
JVM takes seconds, so all documents go to one run::

    found = check_documents({"guide": html, "document": stock_html})
    new = found["guide"] - found["document"]  # problems only our page has

A problem is an error or a warning. An error is named by its message and the
element it is about: the element's tag and attribute names (not their values,
which differ from page to page), and for a ``<label for>`` the tag and classes
of the element it points at, so Plone's image widget on our form and on a News
Item's counts as the same widget. A warning is advice about the document (its
headings, say) and is named by its message alone.
"""

from collective.frameworkguide.tests.support.paths import REPOSITORY
from pathlib import Path

import json
import lxml.html
import re
import shutil
import subprocess
import tempfile
import unittest


VNU_JAR = REPOSITORY / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
JAVA = shutil.which("java")

skip_without_vnu = unittest.skipUnless(
    JAVA and VNU_JAR.exists(),
    f"markup tests need Java (Debian: default-jre-headless) and {VNU_JAR} "
    "(`npm ci`, which `make test` runs)",
)


def _attributes(tag: str) -> dict[str, str]:
    return {
        name.lower(): value
        for name, _quote, value in re.findall(
            r'\s([^\s=/>"\']+)(?:=("|\')(.*?)\2)?', tag
        )
    }


def _describe(element) -> str:
    classes = " ".join(sorted((element.get("class") or "").split()))
    return f"<{element.tag} class='{classes}'>"


def _element(message: dict, document) -> str:
    """The element a message is about, described without page-specific values."""
    extract = message.get("extract", "")
    start = message.get("hiliteStart", 0)
    marked = extract[start : start + message.get("hiliteLength", 0)]
    match = re.search(r"<([a-zA-Z][\w-]*)([^>]*)>?", marked)
    if not match:
        return ""
    attributes = _attributes(match[2])
    described = f"<{match[1].lower()} {' '.join(sorted(attributes))}>"
    target = attributes.get("for")
    if match[1].lower() == "label" and target:
        found = document.xpath("//*[@id=$id]", id=target)
        described += " for " + (_describe(found[0]) if found else "nothing")
    return described


def problems(messages: list[dict], html: str) -> set[tuple[str, str]]:
    """``(message, element)`` of each error and warning vnu reported."""
    document = lxml.html.fromstring(html)
    found = set()
    for message in messages:
        if message["type"] == "error":
            found.add((message["message"], _element(message, document)))
        elif message.get("subType") == "warning":
            found.add((message["message"], ""))
    return found


def check_documents(documents: dict[str, str]) -> dict[str, set[tuple[str, str]]]:
    """vnu's errors and warnings of each HTML document, in one run."""
    with tempfile.TemporaryDirectory() as folder:
        for name, html in documents.items():
            (Path(folder) / f"{name}.html").write_text(html, encoding="utf-8")
        result = subprocess.run(
            [JAVA, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]
            + [str(Path(folder) / f"{name}.html") for name in documents],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
    messages: dict[str, list] = {name: [] for name in documents}
    for message in json.loads(result.stderr or result.stdout)["messages"]:
        name = message.get("url", "").rsplit("/", 1)[-1].removesuffix(".html")
        if name not in messages:
            raise AssertionError(f"vnu could not check a document: {message}")
        messages[name].append(message)
    return {name: problems(messages[name], html) for name, html in documents.items()}
