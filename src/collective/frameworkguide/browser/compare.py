"""``@@framework-compare?profiles=ID&profiles=ID``: chosen profiles side by side."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import GuidePageMixin
from collective.frameworkguide.comparison import GuideComparison
from collective.frameworkguide.querystring import QueryReader
from collective.frameworkguide.querystring import shorten
from Products.Five.browser import BrowserView


MAX_LISTED = 10


def listed(values: list[str]) -> str:
    """The first few values, shortened, for a notice."""
    shown = [shorten(value) for value in values[:MAX_LISTED]]
    if len(values) > MAX_LISTED:
        shown.append("…")
    return ", ".join(shown)


class FrameworkCompareView(GuidePageMixin, BrowserView):
    """Chosen published profiles column by column, differences highlighted.

    Whatever the query string holds, the page answers 200 with notices: ids
    that are unknown, unpublished or archived are ignored alike.
    """

    def update(self):
        reader = QueryReader(self.request.form)
        requested = reader.many("profiles")
        self.comparison = GuideComparison(self.context)
        self.chosen, ignored = self.comparison.select(requested)
        self.notices = list(reader.notices)
        if ignored:
            self.notices.append(
                _(
                    "notice_unknown_profiles",
                    default="Not published in this guide, so left out: ${ids}.",
                    mapping={"ids": listed(ignored)},
                )
            )
        # Not a problem with the address: what to do next.
        self.choose_more = bool(self.comparison.all_profiles) and len(self.chosen) < 2
        self.matrix = self.comparison.matrix(self.chosen, advice=True)

    def __call__(self):
        self.update()
        return self.index()

    def chosen_ids(self) -> list[str]:
        return [profile["id"] for profile in self.chosen]

    def matrix_caption(self):
        return _("The chosen frameworks, one column each.")
