"""``@@framework-guide-import``: the upload form of the JSON import.

A plain POST form (multipart) protected by plone.protect's authenticator:
a POST without a valid ``_authenticator`` is refused with ``403 Forbidden``
before anything is read. "Check" runs every rule and writes nothing;
"Import" writes only when every row is valid (see ``importer.py``).
"""

from collective.frameworkguide import _
from collective.frameworkguide.exchange.importer import ImportResult
from collective.frameworkguide.exchange.importer import ProfileImporter
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


NO_FILE = _("Choose the JSON file of an export first.")


class ImportView(BrowserView):
    """Upload a JSON export to create or update the guide's profiles."""

    template = ViewPageTemplateFile("templates/import.pt")

    result: ImportResult | None = None
    checked_only = False
    problem = None

    def __call__(self) -> str:
        if self.request.method == "POST":
            CheckAuthenticator(self.request)
            self.handle_upload()
        return self.template()

    def handle_upload(self) -> None:
        upload = self.request.form.get("import_file")
        payload = upload.read() if hasattr(upload, "read") else b""
        if not payload:
            self.problem = NO_FILE
            return
        self.checked_only = "form.buttons.check" in self.request.form
        importer = ProfileImporter(self.context, self.request)
        self.result = importer.run(payload, write=not self.checked_only)

    def export_url(self, fmt: str) -> str:
        return f"{self.context.absolute_url()}/@@framework-guide-export?format={fmt}"
