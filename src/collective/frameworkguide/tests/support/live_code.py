"""Find live code in a rendered page or in the REST API's JSON.

Plone's pages load their scripts from the site itself (``<script src=...>``
under the portal URL) and carry no inline script and no ``on*`` attribute, so
anything else is an injection::

    >>> live_code('<p onclick="x()">a</p>', "http://nohost/plone")
    ['<p> has the handler onclick="x()"']
"""

import lxml.html
import re


URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "{http://www.w3.org/1999/xlink}href",
    "data",
    "poster",
    "background",
    "lowsrc",
    "dynsrc",
)
# A <base> re-targets every relative link of the page. Frames and objects are
# live only through their address (checked with the other URL attributes):
# Plone's safe_html keeps an <iframe> but drops a javascript: src.
EMBEDDING = ("base", "applet")
SAFE_DATA = re.compile(r"data:image/(png|gif|jpeg|webp);", re.IGNORECASE)
# Plone's toolbar writes this exact no-op for a menu without entries (the
# workflow menu of a user who may not change the state): never a payload.
PLONE_NO_OP = "javascript:void(0)"


def dangerous_url(value: str) -> bool:
    """``javascript:``, ``vbscript:`` or a non-image ``data:`` address, also
    when hidden by case, spaces or control characters."""
    compact = re.sub(r"[\x00-\x20]", "", value or "").lower()
    if value == PLONE_NO_OP:
        return False
    if compact.startswith(("javascript:", "vbscript:", "livescript:")):
        return True
    return compact.startswith("data:") and not SAFE_DATA.match(compact)


def _attribute_problem(tag: str, name: str, value: str) -> str | None:
    lower = name.lower()
    if lower.startswith("on"):
        return f'has the handler {name}="{value[:40]}"'
    if lower in URL_ATTRIBUTES and dangerous_url(value):
        return f'has {name}="{value[:40]}"'
    if lower == "srcdoc":
        return "has a srcdoc document"
    if lower == "style" and ("javascript:" in value or "expression(" in value):
        return f'has style="{value[:40]}"'
    target = value.lower().split("url=", 1)[-1] if "url=" in value.lower() else ""
    if tag == "meta" and lower == "content" and target and dangerous_url(target):
        return f'refreshes to "{value[:40]}"'
    return None


def live_code(html: str, portal_url: str, fragment: bool = False) -> list[str]:
    """Each live script element, handler attribute or dangerous address."""
    if not (html or "").strip():
        return []
    if fragment:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
    else:
        tree = lxml.html.document_fromstring(html)
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.rsplit("}", 1)[-1].lower()
        if tag == "script":
            src = element.get("src") or ""
            if (element.text or "").strip() or not src.startswith(portal_url + "/"):
                found.append(f"<script> {src or (element.text or '')[:60]!r}")
        elif tag in EMBEDDING:
            found.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            problem = _attribute_problem(tag, name, value)
            if problem:
                found.append(f"<{tag}> {problem}")
    return found


def json_live_code(data, portal_url: str, path: str = "") -> list[str]:
    """Live code in JSON as a client embeds it: every ``text/html`` value is
    HTML (checked as a fragment), every other string may become a link."""
    found = []
    if isinstance(data, dict):
        if data.get("content-type") == "text/html" and isinstance(
            data.get("data"), str
        ):
            found += [
                f"{path}: {problem}"
                for problem in live_code(data["data"], portal_url, fragment=True)
            ]
        for key, value in data.items():
            found += json_live_code(value, portal_url, f"{path}/{key}")
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += json_live_code(value, portal_url, f"{path}/{index}")
    elif isinstance(data, str) and dangerous_url(data):
        found.append(f"{path}: a dangerous address {data[:40]!r}")
    return found
