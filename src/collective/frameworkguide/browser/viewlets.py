"""Viewlets on the guide's pages: the staff's review notice, the byline.

- ``ReviewNoticeViewlet``: above a guide's title, for those who may review,
  how many profiles wait for review, with the link to the review desk (the
  toolbar's *Review desk* tab, ``profiles/default/actions.xml``, has no room
  for a number).
- ``BylineViewlet``: Plone's byline shows the modification date only when the
  item has no effective date or was changed after the day of it. Plone's
  ``content_status_modify`` sets the effective date on the first transition,
  ``submit`` included, so a profile submitted today showed "by NAME —" and
  nothing after the dash (the publication date is off by default). Here a
  date always follows: the modification date whenever no publication date
  is shown.
"""

from collective.frameworkguide.review.desk import pending_count
from plone.app.layout.viewlets.common import ViewletBase
from plone.app.layout.viewlets.content import DocumentBylineViewlet
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


DESK_VIEW = "framework-review"


class ReviewNoticeViewlet(ViewletBase):
    index = ViewPageTemplateFile("templates/review_notice.pt")

    def update(self):
        super().update()
        self.count = pending_count(self.context)
        self.desk_url = f"{self.context.absolute_url()}/@@{DESK_VIEW}"

    def render(self):
        on_desk = getattr(self.view, "__name__", "") == DESK_VIEW
        return self.index() if self.count and not on_desk else ""


class BylineViewlet(DocumentBylineViewlet):
    def show_modification_date(self):
        return super().show_modification_date() or self.pub_date() is None
