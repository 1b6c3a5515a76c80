"""Build a throwaway benchmark site: ``zconsole run zope.conf build_site.py N``.

Creates Plone site ``Plone`` with the add-on, a guide at ``/guide`` holding N
published, generated profiles (seeded, so every run builds the same data), a
folder ``/baseline/listing/documents`` with N Documents of similar size (baseline B's
``tabular_view``), a Document ``/page`` of about a profile's text size
(baseline C), a user ``editor`` (password ``editor-password``) in the editors
group, and a second site ``Bare`` without the add-on's content (front-page
comparison). Prints the Data.fs growth per profile.
"""

from AccessControl.SecurityManagement import newSecurityManager
from collective.frameworkguide.content.vocabularies import terms_from_registry
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.base.utils import get_installer
from plone.distribution.api import site as site_api
from Testing.makerequest import makerequest
from zope.component.hooks import setSite

import os
import random
import sys
import transaction


CACHING_ENABLED = "plone.caching.interfaces.ICacheSettings.enabled"
BASELINE_B_PATH = ("baseline", "listing", "documents")

WORDS = [
    "request",
    "routing",
    "template",
    "database",
    "model",
    "view",
    "form",
    "admin",
    "user",
    "permission",
    "workflow",
    "cache",
    "plugin",
    "extension",
    "migration",
    "deployment",
    "testing",
    "async",
    "session",
    "security",
    "community",
    "release",
    "documentation",
    "tutorial",
    "api",
    "schema",
    "query",
    "index",
    "search",
    "upload",
    "image",
    "translation",
    "content",
    "editor",
    "review",
]


def sentence(rng: random.Random, words: int = 12) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def rich(html: str) -> RichTextValue:
    return RichTextValue(html, "text/html", "text/x-html-safe")


def ensure_site(root, site_id: str, with_addon: bool):
    if site_id in root.objectIds():
        return root[site_id]
    site = site_api.create(
        root,
        "classic",
        {
            "site_id": site_id,
            "title": site_id,
            "default_language": "en",
            "portal_timezone": "UTC",
            "setup_content": False,
        },
    )
    setSite(site)
    if with_addon:
        get_installer(site).install_product("collective.frameworkguide")
        for profile in ("default", "without-caching-proxy"):
            site.portal_setup.runAllImportStepsFromProfile(
                f"profile-plone.app.caching:{profile}"
            )
    return site


def profile_data(rng: random.Random, number: int, kinds, use_cases, batteries) -> dict:
    return {
        "title": f"Framework {number:04d}",
        "description": sentence(rng, 10),
        "framework_kind": rng.choice(kinds),
        "use_cases": set(rng.sample(use_cases, rng.randint(1, 2))),
        "choose_when": paragraph(rng, 3),
        "avoid_when": paragraph(rng, 2),
        "strengths": [sentence(rng, 6) for _ in range(3)],
        "weaknesses": [sentence(rng, 6) for _ in range(2)],
        "learning_curve": rng.randint(1, 5),
        "documentation_quality": rng.randint(1, 5),
        "flexibility": rng.randint(1, 5),
        "ecosystem": rng.randint(1, 5),
        "batteries": set(rng.sample(batteries, rng.randint(1, 6))),
        "website": f"https://framework-{number}.example.org/",
        "repository": f"https://git.example.org/framework-{number}",
        "documentation_url": f"https://docs.framework-{number}.example.org/",
        "license": rng.choice(["BSD-3-Clause", "MIT", "GPL-2.0", "Apache-2.0"]),
        "latest_version": ".".join(
            str(rng.randint(low, high)) for low, high in ((1, 9), (0, 20), (0, 9))
        ),
        "first_release_year": rng.randint(1995, 2025),
        "example_projects": [sentence(rng, 5) for _ in range(2)],
    }


def build_profiles(site, count: int) -> None:
    rng = random.Random(20261125)
    kinds = [t for t, _ in terms_from_registry("framework_kinds")]
    use_cases = [t for t, _ in terms_from_registry("use_cases")]
    batteries = [t for t, _ in terms_from_registry("batteries")]
    guide = site.get("guide") or api.content.create(
        site, "FrameworkGuide", id="guide", title="Benchmark guide"
    )
    if api.content.get_state(guide) != "published":
        api.content.transition(guide, transition="publish")
    for number in range(count):
        # Drawn for every number so the data do not depend on earlier runs.
        data = profile_data(rng, number, kinds, use_cases, batteries)
        text = f"<p>{paragraph(rng, 5)}</p>"
        if f"framework-{number:04d}" in guide.objectIds():
            continue
        profile = api.content.create(
            guide, "FrameworkProfile", id=f"framework-{number:04d}", **data
        )
        profile.text = rich(text)
        api.content.transition(profile, to_state="published")
        if number % 100 == 99:
            transaction.commit()


def build_baseline_folders(site):
    """The folders holding baseline B's Documents; returns the innermost.

    Plone's global navigation queries every displayed type (Documents are,
    the guide's types are not) down to plone.navigation_depth (3): placed
    higher, baseline B's Documents would weigh on every page of the site,
    the front page and baseline C included. At depth 4 they are out of reach.
    """
    folder = site
    for name in BASELINE_B_PATH:
        if name not in folder.objectIds():
            api.content.create(folder, "Folder", id=name, title=name.capitalize())
        folder = folder[name]
        if api.content.get_state(folder) != "published":
            api.content.transition(folder, transition="publish")
    return folder


def build_page(site) -> None:
    """Baseline C: one Document of about a profile page's text size."""
    rng = random.Random(1)
    if "page" not in site.objectIds():
        page = api.content.create(site, "Document", id="page", title="A plain page")
        page.text = rich("".join(f"<p>{paragraph(rng, 5)}</p>" for _ in range(4)))
        api.content.transition(page, transition="publish")


def build_bare_twin(bare) -> None:
    """The site without the guide gets the same folders and page, so that the
    front pages differ by the guide alone (their navigation shows both)."""
    setSite(bare)
    build_baseline_folders(bare)
    build_page(bare)
    # The indexing queue runs at commit, in whatever site is current then.
    transaction.commit()


def build_documents(site, count: int) -> None:
    """Baseline B's folder of Documents with the profiles' titles and advice."""
    folder = build_baseline_folders(site)
    guide = site["guide"]
    for number in range(count):
        if f"document-{number:04d}" in folder.objectIds():
            continue
        profile = guide[f"framework-{number:04d}"]
        document = api.content.create(
            folder,
            "Document",
            id=f"document-{number:04d}",
            title=profile.title,
            description=profile.description,
        )
        document.text = rich(f"<p>{profile.choose_when}</p><p>{profile.avoid_when}</p>")
        api.content.transition(document, transition="publish")
        if number % 100 == 99:
            transaction.commit()
    build_page(site)
    if api.user.get(username="editor") is None:
        api.user.create(
            username="editor", email="editor@example.org", password="editor-password"
        )
        api.group.add_user(groupname="framework-guide-editors", username="editor")
    if api.user.get(username="bench-manager") is None:
        api.user.create(
            username="bench-manager",
            email="manager@example.org",
            password="manager-password",
            roles=("Manager",),
        )


def stored_bytes(storage) -> int:
    """The Data.fs size; 0 on a storage without one file (RelStorage)."""
    name = storage.getName()
    return os.path.getsize(name) if os.path.isfile(name) else 0


def main(count: int) -> None:
    root = makerequest(app)  # noqa: F821 -- provided by zconsole
    users = root.acl_users
    if users.getUserById("admin") is None:
        users._doAddUser("admin", "admin", ["Manager"], [])
    newSecurityManager(None, users.getUserById("admin").__of__(users))
    storage = root._p_jar.db().storage
    build_bare_twin(ensure_site(root, "Bare", with_addon=False))
    site = ensure_site(root, "Plone", with_addon=True)
    setSite(site)
    transaction.commit()
    root._p_jar.db().pack()
    before = stored_bytes(storage)
    existing = len(site.get("guide", {}) and site["guide"].objectIds())
    build_profiles(site, count)
    transaction.commit()
    root._p_jar.db().pack()
    after = stored_bytes(storage)
    added = max(count - existing, 1)
    print(f"DATAFS_BYTES_PER_PROFILE={(after - before) / added:.0f}")
    build_documents(site, count)
    # The bench turns caching on over REST for its cached phase only.
    api.portal.set_registry_record(CACHING_ENABLED, False)
    transaction.commit()


main(int(sys.argv[-1]))
