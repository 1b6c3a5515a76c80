"""``GET <guide>/@framework-chooser``: the chooser's recommendation as JSON.

The same answers as the HTML chooser ``@@framework-chooser`` (query-string
parameters ``use_case``, ``experience``, ``admin``, ``own_libraries``,
``permissions``), scored by the same ``chooser.rank`` through
``GuideComparison.recommend``::

    GET /Plone/guide/@framework-chooser?use_case=crud&admin=yes HTTP/1.1
    Accept: application/json
"""

from collective.frameworkguide.guide.comparison import GuideComparison
from collective.frameworkguide.restapi.serializers.chooser import ChooserSerializer
from plone.restapi.services import Service


class FrameworkChooserGet(Service):
    """Ranked published profiles with their scores and reasons."""

    def reply(self) -> dict:
        comparison = GuideComparison(self.context)
        answers, notices, recommendations = comparison.recommend(self.request.form)
        serialize = ChooserSerializer(
            comparison, answers, notices, recommendations, self.request
        )
        return serialize()
