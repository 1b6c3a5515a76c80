"""``GET <guide>/@framework-chooser``: the chooser's recommendation as JSON.

The same answers as the HTML chooser ``@@framework-chooser`` (query-string
parameters ``use_case``, ``experience``, ``admin``, ``own_libraries``,
``permissions``), ranked by the same ``chooser.recommend``; the JSON comes
from the result's ``ISerializeToJson`` adapter
(``restapi/serializers/chooser.py``)::

    GET /Plone/guide/@framework-chooser?use_case=crud&admin=yes HTTP/1.1
    Accept: application/json
"""

from collective.frameworkguide.chooser.recommend import recommend
from collective.frameworkguide.guide.comparison import GuideComparison
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.services import Service
from zope.component import getMultiAdapter


class FrameworkChooserGet(Service):
    """Ranked published profiles with their scores and reasons."""

    def reply(self) -> dict:
        result = recommend(GuideComparison(self.context), self.request.form)
        return getMultiAdapter((result, self.request), ISerializeToJson)()
