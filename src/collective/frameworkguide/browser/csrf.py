"""An explicit CSRF check for the add-on's z3c.form forms.

plone.protect's automatic protection notices a write without a valid token
only when the response is transformed, after the form has run: it then aborts
the transaction, but plone.transformchain logs the refusal and sends the page
the form had already rendered ("Changes saved", or a redirect to an item that
was never added). Checking the token when a button is pressed refuses such a
post up front with ``403 Forbidden``. Plone's page transform puts the token
(``_authenticator``) into every form it serves, so real editors never notice.
"""

from plone.protect import CheckAuthenticator


def check_token_on_submit(form) -> None:
    """Raise ``Forbidden`` when a button of ``form`` is posted without the token."""
    request = form.request
    buttons = f"{form.prefix}buttons."
    if any(name.startswith(buttons) for name in request.form):
        CheckAuthenticator(request)
