"""Content of the demo guide: the founding comparison of four Python frameworks.

The advice follows a practitioner's comparison written after two years of
building applications with all four; the wording is this project's own and the
facts (versions, licences, years) were checked against the packages in
November 2026.
"""

GUIDE = {
    "title": "Which Python web framework?",
    "description": (
        "Four good frameworks, four different jobs: pick by the size and kind of "
        "your project."
    ),
    "text": (
        "<p>Every framework below is excellent at something. What differs is the "
        "scope of project each one serves best: a tiny app, a database-backed "
        "application, an application that fits no template, or a site whose "
        "content is managed by editors. Start from what you are building, then "
        "read the profile of the framework the guide suggests.</p>"
    ),
}

PROFILES = [
    {
        "id": "flask",
        "title": "Flask",
        "description": (
            "A micro-framework in which a whole web app can fit in one file."
        ),
        "framework_kind": "micro",
        "use_cases": {"one-page"},
        "choose_when": (
            "You are learning web development, or the app is small: a status "
            "page, a dashboard for a wall screen, a single form with a result. "
            "You want to read the whole app at a glance and keep new concepts to "
            "a minimum."
        ),
        "avoid_when": (
            "The app will grow into many models, users and admin screens. You "
            "would end up assembling and maintaining by hand what bigger "
            "frameworks ship ready-made."
        ),
        "strengths": [
            "Very little to learn before the first page works",
            "A complete app can live in a single readable file",
            "Leaves a beginner's head free for the problem, not the framework",
        ],
        "weaknesses": [
            "Database, admin and user management are left to extensions",
            "Large apps drift into a home-made framework of their own",
        ],
        "learning_curve": 5,
        "documentation_quality": 4,
        "flexibility": 5,
        "ecosystem": 4,
        "batteries": {"templating"},
        "website": "https://flask.palletsprojects.com/",
        "repository": "https://github.com/pallets/flask",
        "documentation_url": "https://flask.palletsprojects.com/",
        "license": "BSD-3-Clause",
        "package_name": "Flask",
        "latest_version": "3.1.3",
        "first_release_year": 2010,
        "example_projects": [
            "A live status page for a game server",
            "A monitor that shows figures on a kiosk screen",
        ],
        "text": (
            "<p>Flask gives you routing, request handling and templates, and "
            "stops there. That is exactly right for small apps and for learning: "
            "nothing stands between you and the code that answers a request.</p>"
        ),
    },
    {
        "id": "django",
        "title": "Django",
        "description": (
            "A batteries-included framework for database-backed applications."
        ),
        "framework_kind": "full-stack",
        "use_cases": {"crud"},
        "choose_when": (
            "You are building an application that creates, lists, edits and "
            "deletes records, with users and an administration back office, and "
            "nothing very unusual. You are glad to follow the framework's "
            "conventions in exchange for writing mostly application code."
        ),
        "avoid_when": (
            "You want to swap core parts for other libraries, for example "
            "SQLAlchemy instead of Django's ORM: the pieces are tightly "
            "integrated and resist mixing and matching."
        ),
        "strengths": [
            "Documentation written with beginners in mind",
            "Admin interface and user management built in",
            "Clear conventions: less plumbing, more application code",
        ],
        "weaknesses": [
            "Replacing a built-in part (such as the ORM) is hard work",
            "The integrated design discourages mixing in other libraries",
        ],
        "learning_curve": 4,
        "documentation_quality": 5,
        "flexibility": 2,
        "ecosystem": 5,
        "batteries": {
            "orm",
            "admin",
            "auth",
            "permissions",
            "forms",
            "templating",
            "i18n",
            "migrations",
            "caching",
        },
        "website": "https://www.djangoproject.com/",
        "repository": "https://github.com/django/django",
        "documentation_url": "https://docs.djangoproject.com/",
        "license": "BSD-3-Clause",
        "package_name": "Django",
        "latest_version": "6.1.3",
        "first_release_year": 2005,
        "example_projects": [
            "A medical questionnaire with a staff back office",
        ],
        "text": (
            "<p>Django's promise is that the usual parts of a data-driven site "
            "are already there and already fit together. Follow its rules and a "
            "working CRUD application with logins and an admin comes quickly.</p>"
        ),
    },
    {
        "id": "pyramid",
        "title": "Pyramid",
        "description": (
            "A slim core of well-made parts that you extend with libraries of "
            "your choice."
        ),
        "framework_kind": "pluggable",
        "use_cases": {"unique"},
        "choose_when": (
            "Your application goes well beyond CRUD and does not fit a template, "
            "your team is experienced, and you want to pick the best Python "
            "library for each job while the core looks after users and "
            "permissions."
        ),
        "avoid_when": (
            "You are a beginner, or you want a database layer and other parts "
            "ready on day one: you choose and integrate an ORM and friends "
            "yourself."
        ),
        "strengths": [
            "Mix and match the best Python libraries freely",
            "Users, security and permissions are part of the core",
            "Rewarding for experienced developers",
        ],
        "weaknesses": [
            "You integrate the ORM and other components yourself",
            "Not a framework to start out with as a beginner",
        ],
        "learning_curve": 2,
        "documentation_quality": 4,
        "flexibility": 5,
        "ecosystem": 3,
        "batteries": {"auth", "permissions", "i18n"},
        "website": "https://trypyramid.com/",
        "repository": "https://github.com/Pylons/pyramid",
        "documentation_url": "https://docs.pylonsproject.org/projects/pyramid/",
        "license": "BSD-derived (Repoze)",
        "package_name": "pyramid",
        "latest_version": "2.1",
        "first_release_year": 2010,
        "example_projects": [
            "A logbook application with its own rules for who records what",
        ],
        "text": (
            "<p>Pyramid starts small and lets the application decide how big it "
            "becomes. It suits projects whose shape is their own, built by people "
            "who know which libraries they want.</p>"
        ),
    },
    {
        "id": "plone",
        "title": "Plone",
        "description": "An enterprise content management system built on Zope.",
        "framework_kind": "cms",
        "use_cases": {"cms"},
        "choose_when": (
            "You really need a CMS: editors publish content through the web, "
            "with fine-grained permissions and review workflows, for a large "
            "organisation where several vendors may build add-ons for the same "
            "site."
        ),
        "avoid_when": (
            "A plain application would do. Plone is complex and its learning "
            "curve is steep and at times frustrating; ask first whether you need "
            "a CMS at all."
        ),
        "strengths": [
            "Strong security record; old releases get important fixes for years",
            "An architecture that fits a wide range of problems",
            "A friendly, mature community and many add-ons",
            "Complex permissions and workflows come easily",
        ],
        "weaknesses": [
            "A complex system with a lot to learn",
            "Documentation has long been a weak spot",
            "Steep, sometimes frustrating learning curve",
        ],
        "learning_curve": 1,
        "documentation_quality": 2,
        "flexibility": 3,
        "ecosystem": 4,
        "batteries": {
            "orm",
            "admin",
            "auth",
            "permissions",
            "workflow",
            "forms",
            "templating",
            "i18n",
            "search",
            "caching",
            "rest-api",
        },
        "website": "https://plone.org/",
        "repository": "https://github.com/plone/Products.CMFPlone",
        "documentation_url": "https://6.docs.plone.org/",
        "license": "GPL-2.0",
        "package_name": "Plone",
        "latest_version": "6.2.2",
        "first_release_year": 2001,
        "example_projects": [
            "A town's booking manager for meeting rooms and daycare places",
            "Forms and geo-tagged content built through the web with add-ons",
        ],
        "text": (
            "<p>Plone shines when content, people and permissions are the heart "
            "of the project. It brings workflows, versioning and access control "
            "that would take years to build, at the price of a big system to "
            "learn.</p>"
        ),
    },
]
