"""``@@framework-compare?profiles=ID&profiles=ID``: chosen profiles side by side."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import GuidePageMixin
from collective.frameworkguide.guide.comparison import differences_wanted
from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.guide.querystring import QueryReader
from collective.frameworkguide.guide.querystring import shorten
from collective.frameworkguide.guide.related import related_profiles
from Products.Five.browser import BrowserView


MAX_LISTED = 10
# The picker lists the chosen profiles and the best related others; the
# guide's pages (filters and ``?page=N``) reach every profile.
PICKER_SIZE = 24


def listed(values: list[str]) -> str:
    """The first few values, shortened, for a notice."""
    shown = [shorten(value) for value in values[:MAX_LISTED]]
    if len(values) > MAX_LISTED:
        shown.append("…")
    return ", ".join(shown)


class FrameworkCompareView(GuidePageMixin, BrowserView):
    """Chosen published profiles column by column, differences highlighted
    (``?differences=1`` shows only the rows that differ).

    Whatever the query string holds, the page answers 200 with notices: ids
    that are unknown, unpublished or archived are ignored alike.
    """

    page_address = "/@@framework-compare"

    def update(self):
        reader = QueryReader(self.request.form)
        requested = reader.many("profiles")
        self.comparison = GuideComparison(
            self.context, differences=differences_wanted(reader)
        )
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

    def picker_profiles(self) -> list[dict]:
        """The chosen profiles, then the best related others, ``PICKER_SIZE`` in all."""
        everyone = self.comparison.all_profiles
        if not self.picker_is_partial():
            return everyone
        room = max(0, PICKER_SIZE - len(self.chosen))
        return self.chosen + related_profiles(self.chosen, everyone, room)

    def picker_is_partial(self) -> bool:
        return len(self.comparison.all_profiles) > PICKER_SIZE

    def chosen_ids(self) -> list[str]:
        return [profile["id"] for profile in self.chosen]

    def matrix_caption(self):
        return _("The chosen frameworks, one column each.")
