"""``@@framework-profile``: one framework's full profile."""

from collective.frameworkguide import _
from collective.frameworkguide.comparison import rating_label
from collective.frameworkguide.comparison import RATING_TITLES
from collective.frameworkguide.content.profile import RATING_FIELDS
from collective.frameworkguide.vocabularies import terms_from_registry
from Products.Five.browser import BrowserView


class FrameworkProfileView(BrowserView):
    """The profile page: advice, ratings in words, facts and links."""

    def kind_title(self) -> str:
        kinds = dict(terms_from_registry("framework_kinds"))
        token = self.context.framework_kind
        return kinds.get(token, token or "")

    def use_case_titles(self) -> list[str]:
        titles = dict(terms_from_registry("use_cases"))
        return [titles.get(t, t) for t in sorted(self.context.use_cases or ())]

    def battery_titles(self) -> list[str]:
        terms = terms_from_registry("batteries")
        have = set(self.context.batteries or ())
        return [title for token, title in terms if token in have]

    def ratings(self) -> list[dict]:
        return [
            {
                "name": name,
                "title": RATING_TITLES[name],
                "value": getattr(self.context, name, None),
                "label": rating_label(getattr(self.context, name, None)),
            }
            for name in RATING_FIELDS
            if getattr(self.context, name, None)
        ]

    def text(self):
        text = getattr(self.context, "text", None)
        return text.output_relative_to(self.context) if text else ""

    def links(self) -> list[dict]:
        return [
            {"title": title, "url": getattr(self.context, name, None)}
            for name, title in (
                ("website", _("Website")),
                ("repository", _("Source repository")),
                ("documentation_url", _("Documentation")),
            )
            if getattr(self.context, name, None)
        ]
