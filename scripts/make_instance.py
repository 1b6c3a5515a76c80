"""Write a Zope instance's configuration (zope.conf, zope.ini, site.zcml).

    python scripts/make_instance.py instance --listen localhost:8080
    python scripts/make_instance.py instance-relstorage/8081 --listen localhost:8081 \
        --storage-file scripts/instance/relstorage.in --set "dsn=dbname='fg' ..."

Data lives under ``<instance>/var`` (FileStorage and blobs) or wherever the
storage section puts it; writing the configuration again never touches it.
A storage template may use ``${instance_home}`` and any ``${name}`` given with
``--set name=value``.
"""

from pathlib import Path
from string import Template

import argparse
import shutil


TEMPLATES = Path(__file__).parent / "instance"


def render(name: str, **values: str) -> str:
    return Template((TEMPLATES / name).read_text()).substitute(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("instance", type=Path)
    parser.add_argument("--listen", default="localhost:8080")
    parser.add_argument("--threads", default="4")
    parser.add_argument("--debug-mode", default="off", choices=["on", "off"])
    parser.add_argument(
        "--storage-file",
        type=Path,
        help="a file with the <filestorage>/<relstorage>/<zeoclient> section",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a value for the storage template, e.g. dsn=... (repeatable)",
    )
    args = parser.parse_args()

    home = args.instance.resolve()
    for folder in ("etc", "var/filestorage", "var/blobstorage", "var/log", "var/cache"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    storage_template = args.storage_file or TEMPLATES / "filestorage.in"
    values = dict(item.split("=", 1) for item in args.set)
    storage = Template(storage_template.read_text()).substitute(
        values, instance_home=str(home)
    )
    (home / "etc" / "zope.conf").write_text(
        render(
            "zope.conf.in",
            instance_home=str(home),
            debug_mode=args.debug_mode,
            storage=storage.strip(),
        )
    )
    (home / "etc" / "zope.ini").write_text(
        render(
            "zope.ini.in",
            instance_home=str(home),
            listen=args.listen,
            threads=args.threads,
        )
    )
    shutil.copy(TEMPLATES / "site.zcml", home / "etc" / "site.zcml")
    print(f"Instance configuration written to {home / 'etc'}")


if __name__ == "__main__":
    main()
