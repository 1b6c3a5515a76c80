"""``GET`` and ``PATCH`` of a profile with an ETag: no silent overwrite over REST.

The edit form refuses a stale form with its hidden edit stamp
(``concurrency.stamp``). The REST API uses the same stamp, the profile's
modification time in microseconds, as a strong ETag:

- ``GET <profile>`` answers with ``ETag: "<stamp>"`` and the same value in
  ``Edit-ETag`` (with plone.app.caching's rules on, they replace ``ETag`` of
  a GET with their own value; ``Edit-ETag`` stays);
- ``PATCH <profile>`` with ``If-Match: "<stamp>"`` or ``If-Unmodified-Since:
  <HTTP date>`` is refused with ``412 Precondition Failed`` and a JSON error,
  writing nothing, when the profile has been saved since; a successful
  ``PATCH`` answers with the new ETag. Without either header ``PATCH`` works
  as plone.restapi's.

::

    etag_of(profile)  # '"1732531234123456"'
"""

from collective.frameworkguide import _
from collective.frameworkguide.concurrency.stamp import stamp_of
from email.utils import parsedate_to_datetime
from plone.restapi.services.content.get import ContentGet
from plone.restapi.services.content.update import ContentPatch
from zope.i18n import translate
from zope.i18nmessageid import Message


OUTDATED = _(
    "msg_rest_stale",
    default="Not saved: this profile was changed at ${time}, after the version "
    "your request is based on, and saving would have overwritten that change. "
    "Read the profile again, apply your change to the current version and send "
    "its ETag in If-Match.",
)

# The stamp is also sent under this name: plone.app.caching replaces the ETag
# of cached GET responses with its own composite value when caching is on.
EDIT_ETAG_HEADER = "Edit-ETag"


def etag_of(context) -> str:
    return f'"{stamp_of(context)}"'


def _opaque(tag: str) -> str:
    """A tag without the weak marker: proxies that compress responses turn
    ``"x"`` into ``W/"x"``, and the stamp identifies the version exactly."""
    tag = tag.strip()
    return tag[2:] if tag.startswith("W/") else tag


def etag_outdated(context, request) -> bool:
    """Whether a precondition of ``request`` says the client's copy is old."""
    if_match = request.getHeader("If-Match")
    if if_match:
        tags = [_opaque(tag) for tag in if_match.split(",")]
        return "*" not in tags and etag_of(context) not in tags
    since = request.getHeader("If-Unmodified-Since")
    if since:
        try:
            limit = parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError):
            # RFC 9110: an invalid date is ignored.
            return False
        # HTTP dates have whole seconds.
        return int(context.modified().timeTime()) > limit
    return False


def _set_etag(context, request) -> None:
    etag = etag_of(context)
    # literal: Zope would send "Etag", next to the caching rules' "ETag".
    request.response.setHeader("ETag", etag, literal=True)
    request.response.setHeader(EDIT_ETAG_HEADER, etag, literal=True)


class ProfileGet(ContentGet):
    """plone.restapi's ``GET`` plus the ETag of the current version."""

    def reply(self):
        result = super().reply()
        _set_etag(self.context, self.request)
        return result


class ProfilePatch(ContentPatch):
    """plone.restapi's ``PATCH``, refused when its precondition fails."""

    def reply(self):
        if etag_outdated(self.context, self.request):
            _set_etag(self.context, self.request)
            self.request.response.setStatus(412)
            message = Message(
                OUTDATED, mapping={"time": self.context.modified().ISO8601()}
            )
            return {
                "error": {
                    "type": "PreconditionFailed",
                    "message": translate(message, context=self.request),
                    "etag": etag_of(self.context),
                    "modified": self.context.modified().ISO8601(),
                }
            }
        result = super().reply()
        if self.request.response.getStatus() < 300:
            _set_etag(self.context, self.request)
        return result
