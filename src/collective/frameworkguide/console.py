"""What the zconsole scripts in ``scripts/`` share: reading their arguments.

``zconsole run etc/zope.conf scripts/NAME.py ARGS`` leaves its own arguments
in ``sys.argv``: a script's arguments are those after its file name, and the
site id is the first that is not an option.

>>> argv = ["zconsole", "run", "etc/zope.conf", "scripts/x.py", "Site", "--force"]
>>> script_arguments(argv)
['Site', '--force']
>>> site_id_from(script_arguments(argv))
'Site'
>>> script_arguments(["zconsole", "run", "etc/zope.conf", "scripts/x.py"])
[]
"""

import os


def script_arguments(argv: list[str]) -> list[str]:
    """The arguments after the script's file name (the first ``*.py``)."""
    scripts = [n for n, argument in enumerate(argv) if argument.endswith(".py")]
    return list(argv[scripts[0] + 1 :]) if scripts else []


def site_id_from(arguments: list[str]) -> str:
    """The first argument that is not an option, else ``SITE_ID`` or Plone."""
    names = [argument for argument in arguments if not argument.startswith("--")]
    return names[0] if names else os.environ.get("SITE_ID", "Plone")
