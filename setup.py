"""Installer for the collective.frameworkguide package."""

from pathlib import Path
from setuptools import find_namespace_packages
from setuptools import setup


long_description = "\n\n".join(
    [
        Path("README.rst").read_text(encoding="utf-8"),
        Path("CHANGES.rst").read_text(encoding="utf-8"),
    ]
)


setup(
    name="collective.frameworkguide",
    version="1.0.0.dev0",
    description=(
        "A Plone add-on for a managed, reviewed guide to choosing a Python web "
        "framework: profiles, comparison matrix, quick pick and chooser."
    ),
    long_description=long_description,
    long_description_content_type="text/x-rst",
    classifiers=[
        "Development Status :: 3 - Alpha",
        "Environment :: Web Environment",
        "Framework :: Plone",
        "Framework :: Plone :: 6.2",
        "Framework :: Plone :: Addon",
        "Framework :: Zope",
        "Framework :: Zope :: 5",
        "Intended Audience :: Developers",
        "Intended Audience :: System Administrators",
        "Operating System :: OS Independent",
        "Programming Language :: Python",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
    ],
    keywords="Python Plone CMS framework comparison guide",
    author="collective.frameworkguide developers",
    author_email="collective@plone.org",
    url="https://pypi.org/project/collective.frameworkguide",
    project_urls={
        "PyPI": "https://pypi.org/project/collective.frameworkguide",
        "Documentation": "https://pypi.org/project/collective.frameworkguide",
    },
    license="GPL-2.0-only",
    # src/collective is a native (PEP 420) namespace: it has no __init__.py, so
    # find_packages() finds nothing there.  Every folder below it is a package,
    # those without __init__.py too (templates, static, profiles, locales), so
    # include_package_data ships their files (MANIFEST.in grafts them).
    packages=find_namespace_packages(
        "src", include=["collective.*"], exclude=["*.__pycache__"]
    ),
    package_dir={"": "src"},
    include_package_data=True,
    zip_safe=False,
    python_requires=">=3.10",
    install_requires=[
        "setuptools",
        "Products.CMFCore",
        "Products.CMFPlone>=6.2",
        "Products.GenericSetup",
        "plone.api",
        "plone.app.dexterity",
        "plone.app.caching",
        "plone.app.contentrules",
        "plone.app.iterate",
        "plone.app.registry",
        "plone.app.z3cform",
        "plone.autoform",
        "plone.base",
        "plone.contentrules",
        "plone.dexterity",
        "plone.indexer",
        "plone.namedfile",
        "plone.registry",
        "plone.restapi",
        "plone.schema",
        "plone.stringinterp",
        "plone.supermodel",
        "z3c.caching",
        "z3c.form",
        "zope.component",
        "zope.i18nmessageid",
        "zope.interface",
        "zope.schema",
    ],
    extras_require={
        "test": [
            "plone.app.testing",
            "plone.testing",
            "plone.app.contenttypes",
            "plone.distribution",
            "plone.classicui",
            "pytest",
            "pytest-plone",
            "zope.pytestlayer",
            "playwright",
        ],
        # Optional storage for scale-out (``make start-relstorage``): RelStorage
        # on PostgreSQL.  psycopg2-binary ships wheels, so no compiler is needed.
        "relstorage": [
            "RelStorage",
            "psycopg2-binary",
        ],
    },
    entry_points="""
    [z3c.autoinclude.plugin]
    target = plone
    """,
)
