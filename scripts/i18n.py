"""Rebuild and check the add-on's translation catalogs (``make i18n``, ``make lint``).

Two domains live in ``src/collective/frameworkguide/locales``:

- ``collective.frameworkguide``: messages of the Python code, page templates,
  ZCML and GenericSetup XML (i18ndude extracts them all);
- ``plone``: the workflow's state and transition titles, which Plone
  translates in its own domain (extracted from ``profiles/``).

Usage::

    python scripts/i18n.py rebuild   # write the .pot files, sync every .po
    python scripts/i18n.py check     # fail on a missing msgid or translation

``check`` rebuilds the catalogs into a temporary directory and fails when code,
a template, ZCML or a profile uses a message id missing from the committed
.pot, when a language lacks a translation, or when ``i18ndude
find-untranslated`` finds template text without i18n markup. Both commands
take ``--package DIR`` to work on another package directory (the tests do).
"""

from pathlib import Path

import re
import subprocess
import sys
import tempfile


PACKAGE = Path(__file__).resolve().parent.parent / "src/collective/frameworkguide"
DOMAIN = "collective.frameworkguide"
LANGUAGES = {"de": "Deutsch", "en": "English"}
# Languages whose catalogs must translate every message (en uses the defaults).
TRANSLATED = ("de",)
I18NDUDE = str(Path(sys.executable).parent / "i18ndude")


def i18ndude(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [I18NDUDE, *args], capture_output=True, text=True, check=False
    )


def sources(package: Path) -> dict[str, Path]:
    """Where each domain's messages are extracted from."""
    return {DOMAIN: package, "plone": package / "profiles"}


def build_pot(package: Path, domain: str, pot: Path) -> None:
    """Extract ``domain``'s messages into ``pot`` (tests excluded)."""
    source = sources(package)[domain]
    pot.parent.mkdir(parents=True, exist_ok=True)
    if not source.is_dir():
        pot.write_text("", encoding="utf-8")
        return
    result = i18ndude(
        "rebuild-pot",
        "--pot",
        str(pot),
        "--create",
        domain,
        "--exclude",
        "tests",
        "--no-line-numbers",
        str(source),
    )
    if "No entries for domain" in result.stderr:
        pot.write_text("", encoding="utf-8")
    elif result.returncode or not pot.exists():
        sys.exit(f"i18ndude rebuild-pot failed for {domain}:\n{result.stderr}")


def po_path(package: Path, language: str, domain: str) -> Path:
    return package / "locales" / language / "LC_MESSAGES" / f"{domain}.po"


def new_po(pot: Path, po: Path, language: str) -> None:
    """An empty catalog for ``language`` with the .pot's header.

    The header gains the standard ``Language:`` field (the .pot has none);
    ``i18ndude sync`` keeps it, last in the header, as it is written here.
    """
    po.parent.mkdir(parents=True, exist_ok=True)
    header = pot.read_text(encoding="utf-8").split("\n\n")[0]
    for old, new in (
        ("Language-Code: en", f"Language-Code: {language}"),
        ("Language-Name: English", f"Language-Name: {LANGUAGES[language]}"),
    ):
        header = header.replace(old, new)
    header += f'\n"Language: {language}\\n"'
    po.write_text(header + "\n", encoding="utf-8")


def rebuild(package: Path) -> int:
    for domain in sources(package):
        pot = package / "locales" / f"{domain}.pot"
        build_pot(package, domain, pot)
        for language in LANGUAGES:
            po = po_path(package, language, domain)
            if not po.exists():
                new_po(pot, po, language)
            result = i18ndude("sync", "--pot", str(pot), str(po))
            if result.returncode:
                sys.exit(f"i18ndude sync failed for {po}:\n{result.stderr}")
        print(f"{pot.name}: {len(read_catalog(pot))} messages")
    return 0


_STRING = r'"(?:[^"\\]|\\.)*"\n'
_ENTRY = re.compile(
    rf"^msgid (?P<id>{_STRING}(?:{_STRING})*)msgstr (?P<str>{_STRING}(?:{_STRING})*)",
    re.MULTILINE,
)


def _joined(quoted_lines: str) -> str:
    return "".join(line[1:-1] for line in quoted_lines.splitlines())


def read_catalog(path: Path) -> dict[str, str]:
    """``{msgid: msgstr}`` of a .po or .pot file (multi-line strings joined)."""
    text = path.read_text(encoding="utf-8") + "\n"
    catalog = {}
    for match in _ENTRY.finditer(text):
        msgid = _joined(match["id"])
        if msgid:
            catalog[msgid] = _joined(match["str"])
    return catalog


def problems_of(package: Path) -> list[str]:
    """Everything ``check`` complains about, one sentence each."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for domain in sources(package):
            fresh_pot = Path(tmp) / f"{domain}.pot"
            build_pot(package, domain, fresh_pot)
            fresh = read_catalog(fresh_pot)
            pot = package / "locales" / f"{domain}.pot"
            committed = read_catalog(pot) if pot.exists() else {}
            for msgid in sorted(set(fresh) - set(committed)):
                problems.append(f"{domain}.pot lacks msgid {msgid!r} (run make i18n)")
            for language in LANGUAGES:
                po = po_path(package, language, domain)
                translations = read_catalog(po) if po.exists() else {}
                for msgid in sorted(fresh):
                    if msgid not in translations:
                        problems.append(f"{language}/{domain}.po lacks {msgid!r}")
                    elif language in TRANSLATED and not translations[msgid]:
                        problems.append(f"{language}/{domain}.po: {msgid!r} is empty")
    templates = sorted(str(path) for path in package.rglob("*.pt"))
    if templates:
        result = i18ndude("find-untranslated", "-n", *templates)
        if result.returncode:
            problems.append("template text without i18n markup:\n" + result.stdout)
    return problems


def check(package: Path) -> int:
    problems = problems_of(package)
    for problem in problems:
        print(problem)
    if problems:
        print(f"i18n check: {len(problems)} problem(s)")
        return 1
    print("i18n check: every message is in the catalogs and translated")
    return 0


def main(argv: list[str]) -> int:
    commands = {"rebuild": rebuild, "check": check}
    if not argv or argv[0] not in commands:
        sys.exit(__doc__)
    package = PACKAGE
    if len(argv) == 3 and argv[1] == "--package":
        package = Path(argv[2]).resolve()
    return commands[argv[0]](package)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
