"""``@@framework-guide``: quick pick, comparison matrix and filters."""

from collective.frameworkguide.comparison import GuideComparison
from plone import api
from Products.Five.browser import BrowserView


def single_value(request, name: str) -> str:
    """The first value of a query parameter, '' when missing or malformed."""
    value = request.form.get(name, "")
    if isinstance(value, (list, tuple)):
        value = value[0] if value else ""
    return value if isinstance(value, str) else ""


class FrameworkGuideView(BrowserView):
    """The guide's front page for visitors."""

    def update(self):
        self.comparison = GuideComparison(
            self.context,
            use_case=single_value(self.request, "use_case"),
            framework_kind=single_value(self.request, "framework_kind"),
        )
        self.can_add = api.user.has_permission(
            "collective.frameworkguide: Add Framework Profile", obj=self.context
        )

    def __call__(self):
        self.update()
        return self.index()

    def text(self):
        text = getattr(self.context, "text", None)
        return text.output_relative_to(self.context) if text else ""

    def filters_active(self) -> bool:
        return bool(self.comparison.use_case or self.comparison.framework_kind)
