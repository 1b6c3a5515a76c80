"""Classic UI entry points of the review rules: clear refusals, a reject form."""

from collective.frameworkguide import _
from collective.frameworkguide.workflow.guards import publish_refusal
from collective.frameworkguide.workflow.subscribers import REJECT_NEEDS_COMMENT
from plone import api
from plone.app.content.browser.content_status_modify import ContentStatusModifyView
from plone.protect import CheckAuthenticator
from Products.CMFCore.WorkflowCore import WorkflowException
from Products.Five.browser import BrowserView
from Products.statusmessages.interfaces import IStatusMessage


class ProfileStatusModifyView(ContentStatusModifyView):
    """``content_status_modify`` that explains a refused transition.

    Plone's view silently ignores a transition the user may not make; a forced
    ``publish`` URL should say why (four-eyes rule), and a ``reject`` without a
    comment goes to the reject form.
    """

    def __call__(self, workflow_action=None, comment="", **kwargs):
        if workflow_action == "publish":
            refusal = publish_refusal(self.context)
            if refusal is not None:
                return self._refuse(refusal)
        if workflow_action == "reject" and not (comment or "").strip():
            return self.request.response.redirect(
                f"{self.context.absolute_url()}/@@framework-reject"
            )
        return super().__call__(
            workflow_action=workflow_action, comment=comment, **kwargs
        )

    def _refuse(self, message):
        IStatusMessage(self.request).add(message, type="error")
        return self.request.response.redirect(self.context.absolute_url(), status=303)


class RejectForm(BrowserView):
    """``@@framework-reject``: send a pending profile back, with a required comment."""

    error = None

    def __call__(self):
        form = self.request.form
        if "form.buttons.reject" in form:
            CheckAuthenticator(self.request)
            comment = (form.get("comment") or "").strip()
            if not comment:
                self.error = REJECT_NEEDS_COMMENT
                return self.index()
            try:
                api.content.transition(
                    obj=self.context, transition="reject", comment=comment
                )
            except (WorkflowException, api.exc.InvalidParameterError):
                self.error = _("This profile cannot be sent back in its current state.")
                return self.index()
            IStatusMessage(self.request).add(
                _("The profile was sent back to its editors with your comment."),
                type="info",
            )
            return self.request.response.redirect(self.context.absolute_url())
        if "form.buttons.cancel" in form:
            return self.request.response.redirect(self.context.absolute_url())
        return self.index()

    def comment(self) -> str:
        return self.request.form.get("comment", "")
