"""``@@framework-guide``: quick pick, comparison matrix, filters and compare form.

The matrix shows ``PAGE_SIZE`` frameworks at a time (``?page=N``) and the quick
pick names at most ``QUICK_PICK_SIZE`` per use case, so a guide of a thousand
profiles stays a readable page of bounded size.
"""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import GuidePageMixin
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.guide.querystring import QueryReader
from Products.Five.browser import BrowserView
from urllib.parse import urlencode


PAGE_SIZE = 12


def page_number(form) -> int:
    """``?page=N`` as a positive integer; anything else is page 1.

    >>> page_number({"page": ["2", "3"]}), page_number({"page": "-1"})
    (2, 1)
    >>> page_number({"page": 3})
    3
    """
    value = form.get("page", "")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # ``?page:int=N``: Zope converted it already
    text = QueryReader({"page": value}).one("page")
    return int(text) if text.isascii() and text.isdigit() and int(text) > 0 else 1


class FrameworkGuideView(GuidePageMixin, BrowserView):
    """The guide's front page for visitors."""

    def update(self):
        self.comparison = GuideComparison.from_form(self.context, self.request.form)
        self.notices = self.comparison.notices
        profiles = self.comparison.profiles
        self.page_count = max(1, -(-len(profiles) // PAGE_SIZE))
        self.page = min(page_number(self.request.form), self.page_count)
        start = (self.page - 1) * PAGE_SIZE
        self.page_profiles = profiles[start : start + PAGE_SIZE]
        self.first_shown = start + 1
        self.last_shown = start + len(self.page_profiles)
        self.matrix = (
            self.comparison.matrix(self.page_profiles) if self.page_profiles else []
        )

    def __call__(self):
        self.update()
        return self.index()

    def text(self):
        text = getattr(self.context, "text", None)
        return text.output_relative_to(self.context) if text else ""

    def filters_active(self) -> bool:
        return self.comparison.filtered

    def matrix_caption(self):
        return _("Published frameworks compared, one column per framework.")

    def quick_pick(self) -> list[dict]:
        """The quick pick, with a link to all profiles of each use case."""
        return [
            {**pick, "more_url": self.page_url(use_case=pick["token"], page=1)}
            for pick in self.comparison.quick_pick()
        ]

    def page_url(self, page: int, **changes) -> str:
        """This page's address with the current filters and ``page``."""
        query = {
            "use_case": self.comparison.use_case,
            "framework_kind": self.comparison.framework_kind,
            "differences": "1" if self.comparison.differences else "",
            **changes,
            "page": page,
        }
        query = {key: value for key, value in query.items() if value not in ("", 1)}
        suffix = f"?{urlencode(query)}" if query else ""
        return f"{self.context.absolute_url()}{suffix}#framework-comparison-heading"

    def pages(self) -> dict | None:
        """Previous/next links of the matrix, or ``None`` on a single page."""
        if self.page_count == 1:
            return None
        return {
            "previous": self.page_url(self.page - 1) if self.page > 1 else None,
            "next": self.page_url(self.page + 1)
            if self.page < self.page_count
            else None,
        }
