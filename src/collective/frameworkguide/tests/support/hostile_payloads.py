"""Hostile payloads for every text, URL, number and choice field of a profile.

Each ``Case`` puts one payload into every field of its group at once (one
request per case and entry point): the answer must name every one of those
fields with its own message, which proves the fields are checked one by one.
``ACCEPTED`` cases are stored and must render inert (see ``live_code.py``).

The count reported in docs/reliability.rst is ``tried()``: payloads × fields ×
entry points, as the test modules iterate over exactly these tables::

    >>> len(tried())
    649
"""

from collective.frameworkguide.tests.support.messages import msg_invisible
from collective.frameworkguide.tests.support.messages import MSG_LIST
from collective.frameworkguide.tests.support.messages import MSG_NUMBER
from collective.frameworkguide.tests.support.messages import MSG_RATING
from collective.frameworkguide.tests.support.messages import MSG_TEXT
from collective.frameworkguide.tests.support.messages import MSG_TOO_LONG
from collective.frameworkguide.tests.support.messages import msg_too_long
from collective.frameworkguide.tests.support.messages import msg_unknown
from collective.frameworkguide.tests.support.messages import MSG_URL
from collective.frameworkguide.tests.support.messages import MSG_YEAR
from collective.frameworkguide.tests.support.messages import MSG_YEAR_DIGITS
from dataclasses import dataclass
from dataclasses import field


ADD_FORM, EDIT_FORM, REST_POST, REST_PATCH, IMPORT = (
    "add form",
    "edit form",
    "REST POST",
    "REST PATCH",
    "JSON import",
)
FORMS = (ADD_FORM, EDIT_FORM)
JSON_ENTRY_POINTS = (REST_POST, REST_PATCH, IMPORT)
ALL_ENTRY_POINTS = FORMS + JSON_ENTRY_POINTS

SINGLE_LINE = ("title", "license", "latest_version")
MULTI_LINE = ("description", "choose_when", "avoid_when")
LINES = ("strengths", "weaknesses", "example_projects")
URLS = ("website", "repository", "documentation_url")
TEXT_FIELDS = (*SINGLE_LINE, *MULTI_LINE, *LINES, "text", *URLS)
RATINGS = ("learning_curve", "documentation_quality", "flexibility", "ecosystem")
NUMBERS = (*RATINGS, "first_release_year")
CHOICES = ("framework_kind", "use_cases", "batteries")

# The z3c.form widget of a REST field name, without "form.widgets.".
WIDGETS = {
    "title": "IBasic.title",
    "description": "IBasic.description",
    "text": "IRichTextBehavior.text",
}

MB = 1_000_000
# Zope refuses a form post whose values exceed 1 MiB in all (zope.conf's
# form-memory-limit) before any field is read: the forms answer this case
# with "400 Bad Request", REST and the import with a message per field.
HUGE = "1 MB strings"
MARK = "fgxss"  # every script payload calls this, so a live one is found

KINDS = "micro, full-stack, pluggable, cms"
USE_CASES = "one-page, crud, unique, cms"
BATTERIES = (
    "orm, admin, auth, permissions, workflow, forms, templating, i18n, "
    "migrations, search, caching, rest-api"
)


@dataclass(frozen=True)
class Case:
    """One payload in several fields; ``expect`` maps field -> message."""

    name: str
    values: dict
    expect: dict = field(default_factory=dict)
    entry_points: tuple = ALL_ENTRY_POINTS

    def message(self, name: str, entry_point: str) -> str:
        if (
            entry_point in FORMS
            and name == "first_release_year"
            and str(self.values[name]).startswith("-")
        ):
            return MSG_YEAR_DIGITS  # the form's converter reads digits only
        return self.expect[name]


def _characters(name: str, text: str, code: str) -> Case:
    """``text`` (with one invisible character) in every text field."""
    position = text.index(chr(int(code[2:], 16))) + 1
    values, expect = {}, {}
    for fieldname in TEXT_FIELDS:
        if fieldname in LINES:
            values[fieldname] = ["A fine first point", text]
            expect[fieldname] = msg_invisible(position, code, line=2)
            continue
        value = text
        if fieldname in URLS:
            value = f"https://example.org/{text}"
        elif fieldname == "text":
            value = f"<p>{text}</p>"
        values[fieldname] = value
        expect[fieldname] = msg_invisible(value.index(text) + position, code)
    return Case(name, values, expect)


def _huge() -> Case:
    """1 MB in every text field."""
    url = "https://example.org/"
    values = dict.fromkeys((*SINGLE_LINE, *MULTI_LINE), "x" * MB)
    values.update({name: ["x" * MB] for name in LINES})
    values["text"] = "<p>" + "x" * MB + "</p>"
    values.update({name: url + "a" * (MB - len(url)) for name in URLS})
    expect = dict.fromkeys(SINGLE_LINE, MSG_TOO_LONG)
    expect["description"] = MSG_TOO_LONG  # plone.basic: 10,000 characters
    expect.update(dict.fromkeys(("choose_when", "avoid_when"), msg_too_long(MB, 5000)))
    expect.update(
        dict.fromkeys(
            LINES,
            f"Line 1 has {MB} characters; keep each point to 200 characters or fewer.",
        )
    )
    expect["text"] = msg_too_long(MB + 7, 100_000)
    expect.update(dict.fromkeys(URLS, msg_too_long(MB, 2000)))
    return Case(HUGE, values, expect)


def _over_the_limits() -> Case:
    """One character more than each field takes."""
    url = "https://example.org/"
    values = {"title": "x" * 1025, "description": "x" * 10_001}
    values.update({"license": "x" * 101, "latest_version": "x" * 51})
    values.update(dict.fromkeys(("choose_when", "avoid_when"), "x" * 5001))
    values.update({name: ["x" * 201] for name in LINES})
    values["text"] = "<p>" + "x" * (100_001 - 7) + "</p>"
    values.update({name: url + "a" * (2001 - len(url)) for name in URLS})
    expect = dict.fromkeys((*SINGLE_LINE, "description"), MSG_TOO_LONG)
    expect.update(
        dict.fromkeys(("choose_when", "avoid_when"), msg_too_long(5001, 5000))
    )
    expect.update(
        dict.fromkeys(
            LINES,
            "Line 1 has 201 characters; keep each point to 200 characters or fewer.",
        )
    )
    expect["text"] = msg_too_long(100_001, 100_000)
    expect.update(dict.fromkeys(URLS, msg_too_long(2001, 2000)))
    return Case("one character over the limit", values, expect)


def _urls(name: str, url: str) -> Case:
    return Case(name, dict.fromkeys(URLS, url), dict.fromkeys(URLS, MSG_URL))


def _numbers(name: str, rating: int, year: int) -> Case:
    values = {**dict.fromkeys(RATINGS, rating), "first_release_year": year}
    expect = {**dict.fromkeys(RATINGS, MSG_RATING), "first_release_year": MSG_YEAR}
    return Case(name, values, expect)


def _wrong_types() -> Case:
    """Well-formed JSON of the wrong type: REST and import only."""
    values, expect = {}, {}
    for name in (*SINGLE_LINE, *MULTI_LINE, "framework_kind"):
        values[name], expect[name] = ["a", "list"], MSG_TEXT
    for name in URLS:
        values[name], expect[name] = {"href": "https://example.org/"}, MSG_TEXT
    values["text"], expect["text"] = 5, MSG_TEXT
    for name in (*LINES, "use_cases", "batteries"):
        values[name], expect[name] = [["nested"]], MSG_LIST
    for name in NUMBERS:
        values[name], expect[name] = True, MSG_NUMBER
    return Case("wrong JSON types", values, expect, JSON_ENTRY_POINTS)


REJECTED = (
    _characters("control characters", "Bell\x07 and escape\x1b", "U+0007"),
    _characters("right-to-left override", "Flask\u202eexe.gnp", "U+202E"),
    _huge(),
    _over_the_limits(),
    _urls("javascript: URL", "javascript:fgxss(11)"),
    _urls("mixed-case javascript: URL", " JaVaScRiPt:fgxss(12)"),
    _urls("data: URL", "data:text/html;base64,PHNjcmlwdD5mZ3hzcygxMyk8L3NjcmlwdD4="),
    _urls("vbscript: URL", "vbscript:msgbox(14)"),
    _numbers("negative numbers", -3, -1990),
    _numbers("absurd numbers", 10**12, 10**12),
    Case(
        "unknown vocabulary tokens",
        {"framework_kind": "nano", "use_cases": ["blog"], "batteries": ["jetpack"]},
        {
            "framework_kind": msg_unknown("nano", KINDS),
            "use_cases": msg_unknown("blog", USE_CASES),
            "batteries": msg_unknown("jetpack", BATTERIES),
        },
    ),
    _wrong_types(),
)

# The import's file-level payload: one "field", the file.
INVALID_UTF8 = b'{"profiles": [{"id": "bad", "title": "Caf\xe9"}]}'
MSG_INVALID_UTF8 = (
    f"The file is not UTF-8 text: byte {INVALID_UTF8.index(0xE9) + 1} (0xE9) is "
    "not valid UTF-8. Upload the JSON file of an export as it was saved."
)

RICH_TEXT = (
    '<p onclick="fgxss(21)" onmouseover="fgxss(22)">Rich</p>'
    '<img src="x" onerror="fgxss(23)"><script>fgxss(24)</script>'
    '<a href="javascript:fgxss(25)">a</a><a href=" JaVaScRiPt:fgxss(26)">b</a>'
    '<a href="data:text/html,&lt;script&gt;fgxss(27)&lt;/script&gt;">c</a>'
    '<svg onload="fgxss(28)"><a xlink:href="javascript:fgxss(29)">d</a></svg>'
    '<iframe src="javascript:fgxss(30)"></iframe><object data="x.swf"></object>'
    '<form action="javascript:fgxss(31)"><input onfocus="fgxss(32)" autofocus>'
    '<button formaction="javascript:fgxss(33)">e</button></form>'
    '<div style="background:url(javascript:fgxss(34))">f</div>'
)


def _markup(name: str, text: str, url_query: str) -> Case:
    """Markup stored as text: it must come out escaped."""
    values = dict.fromkeys((*SINGLE_LINE, *MULTI_LINE, "text"), text)
    values.update({name: [text] for name in LINES})
    values.update(dict.fromkeys(URLS, f"https://example.org/?q={url_query}"))
    return Case(name, values)


ACCEPTED = (
    _markup("<script>", "<script>fgxss(1)</script>", '"><script>fgxss(1)</script>'),
    _markup(
        "<img onerror>", "<img src=x onerror=fgxss(2)>", '"><img/onerror=fgxss(2)>'
    ),
    _markup('"><svg onload>', '"><svg onload=fgxss(3)>', '"><svg/onload=fgxss(3)>'),
    Case("rich text with event handlers", {"text": RICH_TEXT}),
)


def with_title_suffix(case: Case, suffix: str) -> dict:
    """The case's values, the title made unique in its guide."""
    values = dict(case.values)
    values["title"] = f"{values.get('title', case.name)} {suffix}"
    return values


def form_value(value):
    """What an editor types for a JSON value."""
    if isinstance(value, list):
        return "\n".join(value)
    return str(value)


def tried() -> list[tuple]:
    """Every (case, field, entry point) the hostile-input tests try."""
    rows = [
        (case.name, name, entry_point)
        for case in REJECTED + ACCEPTED
        for name in case.values
        for entry_point in case.entry_points
    ]
    rows.append(("invalid UTF-8", "(file)", IMPORT))
    return rows
