"""``@@framework-guide``: quick pick, comparison matrix, filters and compare form."""

from collective.frameworkguide import _
from collective.frameworkguide.browser.base import GuidePageMixin
from collective.frameworkguide.comparison import GuideComparison
from Products.Five.browser import BrowserView


class FrameworkGuideView(GuidePageMixin, BrowserView):
    """The guide's front page for visitors."""

    def update(self):
        self.comparison = GuideComparison.from_form(self.context, self.request.form)
        self.notices = self.comparison.notices
        self.matrix = self.comparison.matrix() if self.comparison.profiles else []

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
