"""Translating messages whose mapping holds messages (e.g. a rating's word).

>>> from collective.frameworkguide import _
>>> rating = _("rating_4", default="High")
>>> translate_message(_("Ease of learning: ${rating}.", mapping={"rating": rating}))
'Ease of learning: High.'
"""

from zope.i18n import translate
from zope.i18nmessageid import Message


def translate_message(message, context=None) -> str:
    """``message`` translated for ``context`` (a request), nested messages first.

    zope.i18n translates the messages inside a mapping only when the domain
    has a catalog registered; otherwise it would show their msgids
    (``rating_4``). Anything that is not a message is returned unchanged.
    """
    if not isinstance(message, Message):
        return message
    mapping = {
        key: translate_message(value, context)
        for key, value in (message.mapping or {}).items()
    }
    return translate(Message(message, mapping=mapping), context=context)
