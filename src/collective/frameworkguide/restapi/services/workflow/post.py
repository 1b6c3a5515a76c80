"""``POST @workflow/<transition>`` on a profile: refusals as 401/403 JSON.

plone.restapi answers any unavailable transition with a generic 400; for a
profile the client learns why: not logged in (401), not allowed or the
four-eyes rule (403), or a reject without a comment (400).
"""

from collective.frameworkguide import _
from collective.frameworkguide.workflow.guards import publish_refusal
from collective.frameworkguide.workflow.subscribers import REJECT_NEEDS_COMMENT
from plone import api
from plone.restapi.deserializer import json_body
from plone.restapi.services.workflow.transition import WorkflowTransition
from zope.i18n import translate
from zope.i18nmessageid import Message


NOT_ALLOWED = _(
    "msg_transition_not_allowed",
    default="You may not “${transition}” this profile in its current state.",
)


class ProfileWorkflowTransition(WorkflowTransition):
    def reply(self):
        refusal = self.refusal()
        if refusal is None:
            return super().reply()
        status, message = refusal
        self.request.response.setStatus(status)
        error_type = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden"}
        return {
            "error": {
                "type": error_type[status],
                "message": translate(message, context=self.request),
            }
        }

    def refusal(self):
        """``(status, message)`` when the transition must be refused, else None."""
        transition = self.transition
        if transition is None:
            return None
        available = {t["id"] for t in self.wftool.getTransitionsFor(self.context) or ()}
        if transition == "publish":
            refusal = publish_refusal(self.context)
            if refusal is not None:
                return (401 if api.user.is_anonymous() else 403), refusal
        if transition not in available:
            message = Message(NOT_ALLOWED, mapping={"transition": transition})
            return (401 if api.user.is_anonymous() else 403), message
        if transition == "reject":
            comment = (json_body(self.request) or {}).get("comment") or ""
            if not comment.strip():
                return 400, REJECT_NEEDS_COMMENT
        return None
