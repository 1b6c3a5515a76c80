"""Our pages' markup next to stock Plone's, checked by the Nu HTML Checker.

Plone's own pages carry some errors and warnings of their own (the toolbar's
roles, the field wrapper's labels, …). Each of our pages is checked beside a
stock page of the same kind, as the same user, and may have nothing the stock
page does not: visitor pages beside a Document's view, forms beside the edit
forms of a Document and a News Item (which has an image field, as a profile
has), our control panel beside Plone's navigation control panel. One vnu run
checks them all.
"""

from collective.frameworkguide.testing import ACCEPTANCE_TESTING
from collective.frameworkguide.tests.support.chromium import THEME_BLACKLIST
from collective.frameworkguide.tests.support.markup import check_documents
from collective.frameworkguide.tests.support.markup import skip_without_vnu
from collective.frameworkguide.tests.support.rest_client import api_session
from plone import api
from plone.app.textfield.value import RichTextValue

import transaction
import unittest


# (who, kind): stock pages, then ours.
STOCK = {
    ("visitor", "page"): ["stock-doc"],
    ("editor", "page"): ["stock-doc"],
    ("editor", "form"): ["stock-doc/edit", "stock-news/edit"],
    ("editor", "controlpanel"): ["@@navigation-controlpanel"],
}
OURS = {
    ("visitor", "page"): [
        "guide",
        "guide?use_case=crud",
        "guide?differences=1",
        "guide/@@framework-compare?profiles=flask&profiles=django",
        "guide/@@framework-compare?profiles=flask&profiles=django&differences=1",
        "guide/@@framework-chooser",
        "guide/@@framework-chooser?use_case=crud&experience=new&admin=yes",
        "guide/@@framework-chooser?admin=yes",
        "guide/@@framework-chooser?admin=no",
        "guide/django",
        "guide/django/@@framework-report",
    ],
    ("editor", "page"): [
        "guide",
        "guide/django",
        "guide/@@framework-review",
    ],
    ("editor", "form"): [
        "guide/++add++FrameworkProfile",
        "guide/django/edit",
        "guide/edit",
        "guide/@@framework-guide-import",
    ],
    ("editor", "controlpanel"): ["@@framework-guide-settings"],
}


@skip_without_vnu
class TestMarkup(unittest.TestCase):
    layer = ACCEPTANCE_TESTING
    maxDiff = None

    def setUp(self):
        portal = self.layer["portal"]
        api.portal.set_registry_record(THEME_BLACKLIST, [])
        # The test site has no workflow for them: visitors see them at once.
        with api.env.adopt_roles(["Manager"]):
            for type_name, content_id in (
                ("Document", "stock-doc"),
                ("News Item", "stock-news"),
            ):
                item = api.content.create(
                    container=portal, type=type_name, id=content_id, title="Stock"
                )
                item.text = RichTextValue(
                    "<p>A paragraph.</p>", "text/html", "text/html"
                )
        transaction.commit()
        self.sessions = {
            "visitor": api_session(portal.absolute_url(), test=self),
            "editor": api_session(portal.absolute_url(), "owner", self),
        }
        for session in self.sessions.values():
            session.headers["Accept"] = "text/html"

    def fetch(self, who: str, path: str) -> str:
        response = self.sessions[who].get(path)
        self.assertEqual(response.status_code, 200, f"{who}: {path}")
        self.assertIn("<html", response.text, path)
        return response.text

    def test_our_pages_add_no_errors_to_plones(self):
        documents, groups = {}, {}
        for key, paths in (*STOCK.items(), *OURS.items()):
            for path in paths:
                name = f"{key[0]}-{len(documents)}"
                documents[name] = self.fetch(key[0], path)
                groups.setdefault(key, []).append((name, path))
        found = check_documents(documents)
        self.assertTrue(
            any(found[name] for name, _path in groups[("visitor", "page")]),
            "vnu found nothing at all, not even Plone's own problems",
        )
        added = {}
        for key, ours in OURS.items():
            stock = set().union(
                *(found[name] for name, path in groups[key] if path in STOCK[key])
            )
            for name, path in groups[key]:
                if path in ours and found[name] - stock:
                    added[f"{key[0]}: {path}"] = sorted(found[name] - stock)
        self.assertEqual(added, {})
