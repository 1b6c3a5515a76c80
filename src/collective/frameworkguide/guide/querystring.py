"""Reading the guide pages' query strings without ever failing.

Visitors share and edit these URLs by hand, so anything can arrive: a repeated
parameter, ``?use_case:list=…``, ``?profiles:record=…`` or a value of the wrong
type. Zope has already turned the query string into ``request.form``; a
:class:`QueryReader` takes what it can use from that mapping and collects a
notice (an i18n message) for everything it had to ignore::

    >>> reader = QueryReader({"use_case": ["crud", "cms"]})
    >>> reader.one("use_case")
    'crud'
    >>> len(reader.notices)
    1

It is independent of the request, so the REST API reads the same way.
"""

from collections.abc import Mapping
from collective.frameworkguide import _
from zope.i18nmessageid import Message


SHOWN_LENGTH = 40


def shorten(value: str, length: int = SHOWN_LENGTH) -> str:
    """A visitor's value cut for a notice, so a long URL cannot flood the page."""
    return value if len(value) <= length else value[:length] + "…"


def _notice_repeated(name: str) -> Message:
    return _(
        "notice_repeated_parameter",
        default="“${name}” was given more than once; only the first value is used.",
        mapping={"name": shorten(name)},
    )


def _notice_malformed(name: str) -> Message:
    return _(
        "notice_malformed_parameter",
        default="The value of “${name}” could not be read and was ignored.",
        mapping={"name": shorten(name)},
    )


class QueryReader:
    """Strings from a form mapping, with notices about what was ignored."""

    def __init__(self, form: Mapping | None):
        self.form = form if isinstance(form, Mapping) else {}
        self.notices: list[Message] = []
        self._noted: list[tuple] = []

    def _note(self, message: Message) -> None:
        # Messages compare by msgid alone; the mapping tells two notices apart.
        key = (str(message), sorted((message.mapping or {}).items()))
        if key not in self._noted:
            self._noted.append(key)
            self.notices.append(message)

    def one(self, name: str) -> str:
        """The parameter's value, stripped; ``""`` when missing or unreadable.

        A repeated parameter yields its first readable value and a notice.
        """
        value = self.form.get(name, "")
        if isinstance(value, (list, tuple)):
            strings = [v for v in value if isinstance(v, str)]
            if len(strings) != len(value):
                self._note(_notice_malformed(name))
            if len({s.strip() for s in strings}) > 1:
                self._note(_notice_repeated(name))
            value = strings[0] if strings else ""
        if not isinstance(value, str):
            self._note(_notice_malformed(name))
            return ""
        return value.strip()

    def many(self, name: str) -> list[str]:
        """All readable, non-empty values of the parameter, once each, in order."""
        value = self.form.get(name, ())
        values = value if isinstance(value, (list, tuple)) else [value]
        strings = []
        for item in values:
            if not isinstance(item, str):
                self._note(_notice_malformed(name))
                continue
            item = item.strip()
            if item and item not in strings:
                strings.append(item)
        return strings
