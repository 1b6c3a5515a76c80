"""The review mails are Plone content rules, assigned on every guide.

``profiles/default/contentrules.xml`` defines the rules (:data:`MAIL_RULES`):
a submit mails the reviewers, a reject or publish of a profile (and the
check-in of its reviewed working copy) mails the editor who submitted it. Their
recipients and text use ``workflow/substitutions.py``; an administrator edits
them, or disables them, in Site Setup → Content Rules.

Each guide gets the rules assigned when it is added (:func:`assign_mail_rules`,
subscribed in ``workflow/configure.zcml``); install and upgrade 1004 assign
them on the guides that exist. They apply to the guide's profiles and their
working copies (``bubbles``).

A mail that cannot be sent never undoes a review step, and costs one WARNING
line: Plone's mail action lets a refused connection (``OSError``) through,
which would abort the transition, logs an SMTP error with a traceback per
recipient, and shows the user an error message when the site has no sender
address. :class:`GuideMailActionExecutor` (the mail action's executor for
rules assigned on a guide) turns each into one line.
"""

from collective.frameworkguide.interfaces import IFrameworkGuide
from plone.app.contentrules import api as rules_api
from plone.app.contentrules.actions.mail import IMailAction
from plone.app.contentrules.actions.mail import MailActionExecutor
from plone.app.contentrules.rule import insert_assignment
from plone.contentrules.engine.interfaces import IRuleAssignmentManager
from plone.contentrules.engine.interfaces import IRuleStorage
from plone.contentrules.rule.interfaces import IExecutable
from plone.stringinterp.interfaces import IStringInterpolator
from zope.component import adapter
from zope.component import queryUtility
from zope.interface import implementer
from zope.interface import Interface

import logging
import threading


logger = logging.getLogger("collective.frameworkguide.workflow")

# The rules of profiles/default/contentrules.xml, by their id.
MAIL_RULES = (
    "framework-profile-submitted",
    "framework-profile-rejected",
    "framework-profile-published",
    "framework-profile-checked-in",
)

# What plone.app.contentrules logs (with a traceback) for an SMTP error.
STOCK_MAIL_ERROR = "mail error: Attempt to send mail in content rule failed"


def assign_mail_rules(guide, event=None) -> None:
    """Assign the mail rules on ``guide`` (enabled, applying to its content).

    A guide that has them already (a copy of a guide, a second install) keeps
    each assignment as an administrator left it, enabled or not.
    """
    storage = queryUtility(IRuleStorage)
    assignable = IRuleAssignmentManager(guide, None)
    if storage is None or assignable is None:
        return
    path = "/".join(guide.getPhysicalPath())
    for rule_id in MAIL_RULES:
        if rule_id not in storage:
            continue  # the profile is not installed on this site
        if rule_id in assignable:
            insert_assignment(storage[rule_id], path)
        else:
            rules_api.assign_rule(guide, rule_id, enabled=True, bubbles=True)


def remove_mail_rules() -> None:
    """On uninstall: delete the rules (and so their assignments)."""
    storage = queryUtility(IRuleStorage)
    for rule_id in MAIL_RULES if storage is not None else ():
        if rule_id in storage:
            del storage[rule_id]


class OneLineMailErrors(logging.Filter):
    """Logs a failure of the stock mail action as one WARNING line, in the
    threads running a guide's mail action (:class:`GuideMailActionExecutor`);
    other rules' records pass unchanged."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            getattr(_running, "guide_mail", False)
            and record.msg == STOCK_MAIL_ERROR
            and record.exc_info
        ):
            error = record.exc_info[1]
            record.levelno, record.levelname = logging.WARNING, "WARNING"
            record.msg = "Mail from a content rule not sent: %s"
            record.args = (f"{type(error).__name__}: {error}",)
            record.exc_info = record.exc_text = None
        return True


_running = threading.local()
logging.getLogger("plone.contentrules").addFilter(OneLineMailErrors())


@implementer(IExecutable)
@adapter(IFrameworkGuide, IMailAction, Interface)
class GuideMailActionExecutor(MailActionExecutor):
    """Plone's mail action, for rules assigned on a guide: a mail that cannot
    be sent is logged as one WARNING line and the review step goes on."""

    def __call__(self):
        obj = self.event.object
        if not IStringInterpolator(obj)(self.element.recipients or "").strip():
            return False  # nobody to mail
        if not (self.element.source or "").strip() and not (
            self.mail_settings.email_from_address
        ):
            # Plone would show the editor an error they cannot act on.
            logger.warning(
                "Mail from a content rule not sent for %s: the site has no "
                "sender address (Site Setup → Mail)",
                obj.absolute_url(),
            )
            return False
        _running.guide_mail = True
        try:
            return super().__call__()
        except OSError as error:
            # Connection refused, unknown host: not caught by the stock action.
            logger.warning(
                "Mail from a content rule not sent for %s: %s",
                obj.absolute_url(),
                f"{type(error).__name__}: {error}",
            )
            return True
        finally:
            _running.guide_mail = False
