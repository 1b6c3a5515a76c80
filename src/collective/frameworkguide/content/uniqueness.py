"""A profile's title is unique within its guide, whatever the letter case."""

from collective.frameworkguide.content import PROFILE_TYPE
from collective.frameworkguide.content.validation import check_line
from collective.frameworkguide.errors import DuplicateTitle
from collective.frameworkguide.guide.published import profile_brains
from collective.frameworkguide.interfaces import IFrameworkGuide
from collective.frameworkguide.interfaces import IFrameworkProfile
from plone.app.dexterity.behaviors.metadata import IBasic
from plone.app.iterate.interfaces import ICheckinCheckoutPolicy
from z3c.form import validator


def _normalise(title: str) -> str:
    return " ".join((title or "").split()).casefold()


def title_taken(guide, title: str, exclude=None) -> bool:
    """Whether another profile in ``guide`` already has ``title``.

    Drafts the current user cannot see count too, so the catalog is searched
    unrestricted::

        title_taken(guide, "FLASK")  # True when "Flask" is in the guide
    """
    wanted = _normalise(title)
    if not wanted:
        return False
    excluded = _same_profile_paths(exclude) if exclude is not None else set()
    brains = profile_brains(guide, unrestricted=True)
    return any(
        _normalise(brain.Title) == wanted and brain.getPath() not in excluded
        for brain in brains
    )


def _same_profile_paths(profile) -> set[str]:
    """Paths of ``profile`` and of its plone.app.iterate counterpart.

    A working copy is checked out next to its baseline, with the same title;
    they are one profile, so neither makes the other's title "taken".
    """
    related = [profile]
    policy = ICheckinCheckoutPolicy(profile, None)
    if policy is not None:
        for getter in (policy.getBaseline, policy.getWorkingCopy):
            try:
                other = getter()
            except (AttributeError, KeyError, TypeError, NotImplementedError):
                other = None
            if other is not None:
                related.append(other)
    return {"/".join(obj.getPhysicalPath()) for obj in related}


def check_unique_title(container, title: str, exclude=None) -> None:
    """Raise ``DuplicateTitle`` when ``title`` is taken in ``container``."""
    if IFrameworkGuide.providedBy(container) and title_taken(
        container, title, exclude=exclude
    ):
        raise DuplicateTitle(title, title=title)


class UniqueTitleOnAdd(validator.SimpleFieldValidator):
    """Add form of a profile: the context is the guide."""

    def validate(self, value, force=False):
        super().validate(value, force)
        if getattr(self.view, "portal_type", None) == PROFILE_TYPE:
            check_line(value)
            check_unique_title(self.context, value)


class UniqueTitleOnEdit(validator.SimpleFieldValidator):
    """Edit form of a profile: the context is the profile itself."""

    def validate(self, value, force=False):
        super().validate(value, force)
        check_line(value)
        check_unique_title(self.context.__parent__, value, exclude=self.context)


validator.WidgetValidatorDiscriminators(
    UniqueTitleOnAdd, context=IFrameworkGuide, field=IBasic["title"]
)
validator.WidgetValidatorDiscriminators(
    UniqueTitleOnEdit, context=IFrameworkProfile, field=IBasic["title"]
)
