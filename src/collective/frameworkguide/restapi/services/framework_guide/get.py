"""``GET <guide>/@framework-guide``: the guide's comparison as JSON.

The same ``GuideComparison`` and the same query-string filters as the HTML view
``@@framework-guide``, read from catalog metadata only; the JSON comes from the
comparison's ``ISerializeToJson`` adapter (``restapi/serializers/guide.py``)::

    GET /Plone/guide/@framework-guide?use_case=crud HTTP/1.1
    Accept: application/json
"""

from collective.frameworkguide.guide.comparison import GuideComparison
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.services import Service
from zope.component import getMultiAdapter


class FrameworkGuideGet(Service):
    """Published profiles with every field, the matrix and the quick pick."""

    def reply(self) -> dict:
        comparison = GuideComparison.from_form(self.context, self.request.form)
        return getMultiAdapter((comparison, self.request), ISerializeToJson)()
