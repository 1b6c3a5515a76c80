"""Where the package, the repository and its docs and scripts are."""

from pathlib import Path

import collective.frameworkguide
import importlib.util


PACKAGE_DIR = Path(collective.frameworkguide.__file__).resolve().parent
# src/collective/frameworkguide -> the checkout (its docs/ and scripts/ are not
# in a built wheel: tests that read them check that they exist).
REPOSITORY = PACKAGE_DIR.parents[2]
DOCS = REPOSITORY / "docs"
SCRIPTS = REPOSITORY / "scripts"


def load_script(name: str):
    """``scripts/<name>.py`` of the repository, imported as a module."""
    spec = importlib.util.spec_from_file_location(
        f"frameworkguide_script_{name}", SCRIPTS / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
