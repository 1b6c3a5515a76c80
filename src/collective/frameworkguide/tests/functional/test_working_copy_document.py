"""The profile's check-in subscribers leave other content alone.

A site administrator checks a plain Document out and in through plone.restapi's
``@workingcopy``, as a Volto or REST client does: the Document gets no
``last_reviewed``, no advice history and no ``checkin`` entry of the profile
workflow; a Framework Profile checked in the same way gets all three.
"""

from collective.frameworkguide.review.advice_history import (
    ANNOTATION_KEY as ADVICE_HISTORY,
)
from collective.frameworkguide.testing import RELIABILITY_SERVER_TESTING
from collective.frameworkguide.tests.support.content import create_guide
from collective.frameworkguide.tests.support.content import profile_in_state
from collective.frameworkguide.tests.support.rest_client import api_session
from collective.frameworkguide.tests.support.users import create_users
from collective.frameworkguide.workflow import WORKFLOW_ID
from collective.frameworkguide.workflow.history import entries
from zope.annotation.interfaces import IAnnotations

import transaction
import unittest


class TestCheckInOfOtherContent(unittest.TestCase):
    layer = RELIABILITY_SERVER_TESTING  # a real server, no demo content

    def setUp(self):
        self.portal = self.layer["portal"]
        create_users()
        self.guide = create_guide(self.portal)
        profile_in_state(self.guide, "published", "flask")
        transaction.commit()
        self.owner = api_session(self.portal.absolute_url(), "owner", self)

    def check_out_and_in(self, path: str, submit=False) -> None:
        response = self.owner.post(f"{path}/@workingcopy")
        self.assertEqual(response.status_code, 201, response.text)
        working_copy = response.json()["@id"]
        self.assertNotEqual(working_copy.rstrip("/"), path)
        if submit:  # a profile's working copy is checked in once reviewed
            response = self.owner.post(f"{working_copy}/@workflow/submit")
            self.assertEqual(response.status_code, 200, response.text)
        response = self.owner.patch(f"{working_copy}/@workingcopy")
        self.assertEqual(response.status_code, 204, response.text)
        transaction.begin()  # see what the server committed

    def test_a_document_keeps_to_itself(self):
        response = self.owner.post(
            "", json={"@type": "Document", "id": "about", "title": "About"}
        )
        self.assertEqual(response.status_code, 201, response.text)
        self.check_out_and_in("about")
        document = self.portal["about"]
        self.assertFalse(hasattr(document.aq_base, "last_reviewed"))
        self.assertNotIn(ADVICE_HISTORY, IAnnotations(document))
        history = getattr(document.aq_base, "workflow_history", {})
        self.assertNotIn(WORKFLOW_ID, history)

    def test_a_profile_is_stamped(self):
        self.guide["flask"].last_reviewed = None
        transaction.commit()
        self.check_out_and_in("guide/flask", submit=True)
        profile = self.portal["guide"]["flask"]
        self.assertIsNotNone(profile.last_reviewed)
        self.assertIn(ADVICE_HISTORY, IAnnotations(profile))
        self.assertEqual(entries(profile)[-1]["action"], "checkin")
