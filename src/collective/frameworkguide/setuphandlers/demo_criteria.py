"""The demo guide's criteria and each framework's cells, with their sources.

Checked against each project's documentation in November 2026. A cell is
``(verdict, note, source)``; all were verified on ``VERIFIED_ON``.
"""

from datetime import date


VERIFIED_ON = date(2026, 11, 20)

FLASK_EXTENSIONS = "https://flask.palletsprojects.com/en/stable/extensions/"
PYRAMID_DOCS = "https://docs.pylonsproject.org/projects/pyramid/en/latest/"
PLONE_DOCS = "https://6.docs.plone.org/"

CRITERIA = [
    {
        "id": "async-views",
        "title": "Async views",
        "description": "Views can be written as async functions.",
        "decisive": True,
    },
    {
        "id": "built-in-admin",
        "title": "Built-in admin",
        "description": "A back office to manage data comes with the framework.",
        "decisive": True,
    },
    {
        "id": "user-accounts",
        "title": "User accounts and login",
        "description": "Users, passwords and login screens are built in.",
        "decisive": False,
    },
    {
        "id": "schema-migrations",
        "title": "Database migrations",
        "description": "Changes to the data model are migrated by the framework.",
        "decisive": False,
    },
    {
        "id": "content-workflow",
        "title": "Content workflow and versions",
        "description": "Review states and a history of every edit, built in.",
        "decisive": False,
    },
    {
        "id": "multilingual-content",
        "title": "Multilingual content",
        "description": "Content, not only the interface, in several languages.",
        "decisive": False,
    },
]

CELLS = {
    "flask": {
        "async-views": (
            "partial",
            "Since Flask 2.0; each request still runs in a worker thread (WSGI).",
            "https://flask.palletsprojects.com/en/stable/async-await/",
        ),
        "built-in-admin": (
            "no",
            "Extensions such as Flask-Admin add one.",
            FLASK_EXTENSIONS,
        ),
        "user-accounts": (
            "no",
            "Extensions such as Flask-Login add them.",
            FLASK_EXTENSIONS,
        ),
        "schema-migrations": (
            "no",
            "Flask-Migrate (Alembic) as an extension.",
            FLASK_EXTENSIONS,
        ),
        "content-workflow": ("no", "", FLASK_EXTENSIONS),
        "multilingual-content": (
            "no",
            "Flask-Babel translates the interface, not content.",
            FLASK_EXTENSIONS,
        ),
    },
    "django": {
        "async-views": (
            "yes",
            "Async views since Django 3.1, served by ASGI.",
            "https://docs.djangoproject.com/en/stable/topics/async/",
        ),
        "built-in-admin": (
            "yes",
            "",
            "https://docs.djangoproject.com/en/stable/ref/contrib/admin/",
        ),
        "user-accounts": (
            "yes",
            "",
            "https://docs.djangoproject.com/en/stable/topics/auth/",
        ),
        "schema-migrations": (
            "yes",
            "",
            "https://docs.djangoproject.com/en/stable/topics/migrations/",
        ),
        "content-workflow": (
            "no",
            "Third-party apps add versions and review states.",
            "https://docs.djangoproject.com/en/stable/",
        ),
        "multilingual-content": (
            "partial",
            "The interface is translated; translated content needs an add-on.",
            "https://docs.djangoproject.com/en/stable/topics/i18n/",
        ),
    },
    "pyramid": {
        "async-views": ("no", "A WSGI framework: views are synchronous.", PYRAMID_DOCS),
        "built-in-admin": ("no", "Build one or use an add-on.", PYRAMID_DOCS),
        "user-accounts": (
            "partial",
            "Security policies and permissions; your application stores users.",
            "https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/security.html",
        ),
        "schema-migrations": (
            "no",
            "The SQLAlchemy project template sets up Alembic.",
            PYRAMID_DOCS,
        ),
        "content-workflow": ("no", "", PYRAMID_DOCS),
        "multilingual-content": (
            "partial",
            "The interface is translated; content is up to you.",
            "https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/i18n.html",
        ),
    },
    "plone": {
        "async-views": ("no", "Zope serves WSGI: views are synchronous.", PLONE_DOCS),
        "built-in-admin": (
            "yes",
            "Editing through the web, Site Setup and its control panels.",
            PLONE_DOCS,
        ),
        "user-accounts": ("yes", "", PLONE_DOCS),
        "schema-migrations": (
            "not_applicable",
            "Content lives in the ZODB; add-ons ship upgrade steps.",
            PLONE_DOCS,
        ),
        "content-workflow": ("yes", "", PLONE_DOCS),
        "multilingual-content": ("yes", "With plone.app.multilingual.", PLONE_DOCS),
    },
}


def criteria_rows() -> list[dict]:
    return [{**row, "hidden": False} for row in CRITERIA]


def cells_of(profile_id: str) -> dict:
    """The profile's ``criteria_values``."""
    return {
        key: {
            "verdict": verdict,
            "note": note,
            "source_url": source,
            "verified_on": VERIFIED_ON,
        }
        for key, (verdict, note, source) in CELLS.get(profile_id, {}).items()
    }
