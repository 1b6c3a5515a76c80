"""Both endpoints come in plone.restapi batches, so a large guide stays light."""

from collective.frameworkguide.tests.support.rest_client import GuideEndpointTestCase

import transaction


class TestGuideBatches(GuideEndpointTestCase):
    def test_a_batch_is_a_slice_of_profiles_and_matrix(self):
        first = self.get(query="?b_size=3")
        self.assertEqual(self.titles(first), ["Django", "Flask", "Plone"])
        self.assertEqual(first["items_total"], 4)
        self.assertEqual(
            [column["title"] for column in first["matrix"]["columns"]],
            ["Django", "Flask", "Plone"],
        )
        for row in first["matrix"]["rows"]:
            self.assertEqual(len(row["cells"]), 3, row["name"])
        next_url = first["batching"]["next"]
        self.assertIn("b_start=3", next_url)
        second = self.get(query=next_url.split("@framework-guide", 1)[1])
        self.assertEqual(self.titles(second), ["Pyramid"])
        self.assertNotIn("next", second["batching"])

    def test_one_batch_has_no_batching_links(self):
        self.assertNotIn("batching", self.get())

    def test_batches_keep_the_filters(self):
        kind = self.guide["flask"].framework_kind
        self.guide["django"].framework_kind = kind
        self.guide["django"].reindexObject()
        transaction.commit()
        data = self.get(query=f"?framework_kind={kind}&b_size=1")
        self.assertEqual(self.titles(data), ["Django"])
        self.assertEqual(data["items_total"], 2)
        self.assertIn(f"framework_kind={kind}", data["batching"]["next"])


class TestChooserBatches(GuideEndpointTestCase):
    def test_recommendations_come_in_batches(self):
        whole = self.anonymous.get("guide/@framework-chooser?use_case=crud").json()
        response = self.anonymous.get(
            "guide/@framework-chooser?use_case=crud&b_size=2&b_start=2"
        )
        data = response.json()
        self.assertEqual(data["items_total"], whole["items_total"])
        self.assertEqual(
            [r["profile"]["id"] for r in data["items"]],
            [r["profile"]["id"] for r in whole["items"][2:4]],
        )
        self.assertIn("prev", data["batching"])
