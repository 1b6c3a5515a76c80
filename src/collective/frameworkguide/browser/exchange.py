"""``@@framework-guide-export`` and ``@@framework-guide-import``: download and upload.

The import is a plain POST form (multipart) protected by plone.protect's authenticator:
a POST without a valid ``_authenticator`` is refused with ``403 Forbidden``
before anything is read. "Check" runs every rule and writes nothing;
"Import" writes only when every row is valid (see ``importer.py``).
"""

from collective.frameworkguide import _
from collective.frameworkguide.exchange.export import export_csv
from collective.frameworkguide.exchange.export import export_data
from collective.frameworkguide.exchange.import_result import ImportResult
from collective.frameworkguide.exchange.importer import ProfileImporter
from plone.protect import CheckAuthenticator
from Products.Five.browser import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile

import json


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


class ExportView(BrowserView):
    """Download the guide's profiles; ``format`` is ``json`` (default) or ``csv``."""

    def __call__(self) -> str:
        fmt = self.request.form.get("format", "json")
        response = self.request.response
        if fmt not in ("json", "csv"):
            response.setStatus(400)
            response.setHeader("Content-Type", "text/plain; charset=utf-8")
            return "Unknown format: use format=json or format=csv."
        stem = f"{self.context.getId()}-profiles"
        if fmt == "csv":
            body = export_csv(self.context)
            response.setHeader("Content-Type", "text/csv; charset=utf-8")
            filename = f"{stem}.csv"
        else:
            body = json.dumps(export_data(self.context), indent=2, ensure_ascii=False)
            response.setHeader("Content-Type", "application/json; charset=utf-8")
            filename = f"{stem}.json"
        response.setHeader("Content-Disposition", f'attachment; filename="{filename}"')
        return body
