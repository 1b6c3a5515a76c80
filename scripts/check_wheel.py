"""Check a release as PyPI would get it (``make release-check``).

1. Builds the sdist and the wheel (``python -m build``, isolated, with the
   setuptools of ``constraints.txt``) and checks that the wheel holds every
   file of the package: modules, templates, ZCML, profiles, locales, static.
2. Runs check-manifest: the sdist holds every file under version control.
3. Creates a fresh virtualenv and installs the *wheel* (not the source tree)
   with ``Plone`` from ``constraints.txt``; checks that the add-on is imported
   from that virtualenv's site-packages.
4. Writes a Zope instance under ``build/``, creates the Plone site with the
   add-on and the demo guide (``scripts/create_site.py``) and serves it with
   the release virtualenv's ``runwsgi``; the guide page must list Flask,
   Django, Pyramid and Plone. The server is stopped at the end, pass or fail.

Usage: ``python scripts/check_wheel.py [--python python3] [--port 8090]``
(run with the development virtualenv's python, which has ``build`` and
``check-manifest``).
"""

from pathlib import Path

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zipfile


ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
CONSTRAINTS = ROOT / "constraints.txt"
WORK = ROOT / "build" / "release-check"
DIST = WORK / "dist"
VENV = WORK / "venv"
INSTANCE = WORK / "instance"
LOGS = WORK / "logs"
DISTRIBUTION = "collective.frameworkguide"
FRAMEWORKS = ("Flask", "Django", "Pyramid", "Plone")
SITE_ID = os.environ.get("SITE_ID", "Plone")
# The instance's zope.ini (scripts/instance/zope.ini.in) logs requests with
# Paste's translogger; Plone does not depend on Paste (plone.recipe.zope2instance
# does), so an instance written by scripts/make_instance.py needs it next to
# Plone. It is not a dependency of the add-on.
INSTANCE_EXTRAS = ("Paste",)


class Failed(Exception):
    pass


def step(text: str) -> None:
    print(f"\n---- {text} ({time.strftime('%H:%M:%S')})", flush=True)


def run(args: list, log: str, **kwargs) -> subprocess.CompletedProcess:
    """Run a command, its output to ``LOGS/log``; fail with the log's tail."""
    path = LOGS / log
    with path.open("a") as out:
        out.write(f"$ {' '.join(map(str, args))}\n")
        out.flush()
        result = subprocess.run(
            [str(arg) for arg in args],
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
            **kwargs,
        )
    if result.returncode:
        tail = "\n".join(path.read_text(errors="replace").splitlines()[-40:])
        raise Failed(f"{args[0]} exited {result.returncode} (log: {path}):\n{tail}")
    return result


def clean_env(**extra: str) -> dict:
    """The environment without anything that could put src/ on sys.path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")
    }
    env.update(extra)
    return env


def source_files() -> set[str]:
    """Files under src/ that a wheel must carry, relative to src/.

    Every file git knows or would add (tracked, or new and not ignored) that
    exists on disk: the same list as ``git ls-files src`` in a clean clone.
    Tests outside src/ are not part of it, tests inside the package are.
    """
    listing = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "src"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    return {
        str(Path(name).relative_to("src"))
        for name in listing
        if (ROOT / name).is_file() and not name.endswith((".pyc", ".pyo"))
    }


def build() -> Path:
    step("Build the sdist and the wheel")
    shutil.rmtree(DIST, ignore_errors=True)
    # The isolated build environment takes setuptools and wheel at the pins.
    env = clean_env(PIP_CONSTRAINT=str(CONSTRAINTS))
    run([sys.executable, "-m", "build", "--outdir", DIST, ROOT], "build.log", env=env)
    sdists = sorted(DIST.glob("*.tar.gz"))
    wheels = sorted(DIST.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise Failed(f"expected one sdist and one wheel in {DIST}")
    for path in (*sdists, *wheels):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return wheels[0]


def check_wheel(wheel: Path) -> None:
    step("The wheel carries every file of the package")
    names = {
        name
        for name in zipfile.ZipFile(wheel).namelist()
        if not name.endswith("/") and ".dist-info/" not in name
    }
    expected = source_files()
    missing = sorted(expected - names)
    extra = sorted(names - expected)
    kinds: dict[str, int] = {}
    for name in names:
        suffix = Path(name).suffix or Path(name).name
        kinds[suffix] = kinds.get(suffix, 0) + 1
    summary = ", ".join(f"{count} {suffix}" for suffix, count in sorted(kinds.items()))
    print(f"{len(names)} files ({summary})")
    if missing:
        raise Failed("the wheel lacks:\n  " + "\n  ".join(missing))
    if extra:
        raise Failed(
            "the wheel has files that are not in src/:\n  " + "\n  ".join(extra)
        )
    for required in ("__init__.py", "configure.zcml", "profiles/default/metadata.xml"):
        if f"collective/frameworkguide/{required}" not in names:
            raise Failed(f"the wheel lacks collective/frameworkguide/{required}")
    if any(name.startswith("collective/__init__") for name in names):
        raise Failed("the wheel has collective/__init__.py: collective is a namespace")
    print(f"the same {len(expected)} files as src/ (git ls-files)")


def check_manifest() -> None:
    step("check-manifest: the sdist holds every file under version control")
    run([sys.executable, "-m", "check_manifest", ROOT], "check-manifest.log")
    print((LOGS / "check-manifest.log").read_text().splitlines()[-1])


def release_venv(python: str, wheel: Path) -> Path:
    step(f"A fresh virtualenv ({VENV.relative_to(ROOT)}) with the wheel and Plone")
    shutil.rmtree(VENV, ignore_errors=True)
    run([python, "-m", "venv", VENV], "venv.log")
    pip = [
        VENV / "bin" / "python",
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "-q",
        "-c",
        CONSTRAINTS,
    ]
    env = clean_env()
    run([*pip, "pip", "setuptools", "wheel"], "venv.log", env=env)
    started = time.monotonic()
    run([*pip, wheel, "Plone", *INSTANCE_EXTRAS], "venv.log", env=env)
    print(f"installed in {time.monotonic() - started:.0f} s")
    return VENV / "bin"


def check_import(bin_dir: Path) -> None:
    step("The add-on is imported from the release virtualenv, not from src/")
    probe = (
        "import collective.frameworkguide as m, importlib.metadata as md, json, "
        "sysconfig\n"
        f"d = md.distribution({DISTRIBUTION!r})\n"
        "direct = d.read_text('direct_url.json')\n"
        "print(json.dumps({'file': m.__file__, 'version': d.version, "
        "'purelib': sysconfig.get_path('purelib'), "
        "'editable': bool(direct and json.loads(direct).get('dir_info', {})"
        ".get('editable'))}))\n"
    )
    with tempfile.TemporaryDirectory() as outside:
        result = subprocess.run(
            [bin_dir / "python", "-c", probe],
            cwd=outside,
            env=clean_env(),
            capture_output=True,
            text=True,
            check=False,
        )
    if result.returncode:
        raise Failed(f"importing the add-on failed:\n{result.stderr}")
    info = json.loads(result.stdout)
    module = Path(info["file"]).resolve()
    purelib = Path(info["purelib"]).resolve()
    print(f"collective.frameworkguide {info['version']}: {info['file']}")
    if info["editable"]:
        raise Failed("the release virtualenv has an editable install")
    if "site-packages" not in module.parts or not module.is_relative_to(purelib):
        raise Failed(f"imported from {module}, not from {purelib}")
    if module.is_relative_to(SRC):
        raise Failed(f"imported from the source tree: {module}")


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) != 0


def make_site(bin_dir: Path, port: int) -> None:
    step(f"A Plone site with the add-on and the demo guide ({INSTANCE.name}/)")
    shutil.rmtree(INSTANCE, ignore_errors=True)
    env = clean_env()
    run(
        [
            bin_dir / "python",
            ROOT / "scripts" / "make_instance.py",
            INSTANCE,
            "--listen",
            f"localhost:{port}",
        ],
        "site.log",
        env=env,
        cwd=WORK,
    )
    run(
        [
            bin_dir / "zconsole",
            "run",
            INSTANCE / "etc" / "zope.conf",
            ROOT / "scripts" / "create_site.py",
        ],
        "site.log",
        env=env,
        cwd=WORK,
    )
    print("\n".join((LOGS / "site.log").read_text().splitlines()[-4:]))


def serve_and_fetch(bin_dir: Path, port: int, timeout: float) -> None:
    url = f"http://localhost:{port}/{SITE_ID}/guide"
    step(f"Serve it with the release runwsgi and fetch {url}")
    if not port_is_free(port):
        raise Failed(f"port {port} is in use; set RELEASE_PORT to a free port")
    log = (LOGS / "runwsgi.log").open("w")
    server = subprocess.Popen(
        [bin_dir / "runwsgi", INSTANCE / "etc" / "zope.ini"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=clean_env(),
        cwd=WORK,
        start_new_session=True,
    )
    started = time.monotonic()
    try:
        page = None
        while time.monotonic() - started < timeout:
            if server.poll() is not None:
                break
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    page = response.read().decode("utf-8")
                break
            except urllib.error.HTTPError as error:
                # waitress listens once Zope has started: this is the answer.
                raise Failed(f"{url} answered {error.code} {error.reason}") from None
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(1)
        if page is None:
            tail = "\n".join(
                (LOGS / "runwsgi.log").read_text(errors="replace").splitlines()[-30:]
            )
            raise Failed(f"{url} was not served (log: {LOGS / 'runwsgi.log'}):\n{tail}")
        (LOGS / "guide.html").write_text(page)
        missing = [name for name in FRAMEWORKS if f">{name}</a>" not in page]
        if missing:
            raise Failed(f"the guide page lacks {', '.join(missing)}")
        print(
            f"the guide lists {', '.join(FRAMEWORKS)} "
            f"(served {time.monotonic() - started:.0f} s after start)"
        )
    finally:
        stop(server)
        log.close()


def stop(server: subprocess.Popen) -> None:
    """Stop the server and anything it started (its own process group)."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
    print(f"server stopped (exit {server.returncode})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default="python3", help="python for the venv")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--timeout", type=float, default=300, help="seconds to serve")
    args = parser.parse_args()

    # `make` or CI stopping us with SIGTERM still runs the finally blocks.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    started = time.monotonic()
    shutil.rmtree(LOGS, ignore_errors=True)
    LOGS.mkdir(parents=True)
    try:
        wheel = build()
        check_wheel(wheel)
        check_manifest()
        bin_dir = release_venv(args.python, wheel)
        check_import(bin_dir)
        make_site(bin_dir, args.port)
        serve_and_fetch(bin_dir, args.port, args.timeout)
    except Failed as error:
        print(f"\nrelease-check FAILED: {error}", file=sys.stderr)
        return 1
    print(
        f"\nrelease-check: OK ({time.monotonic() - started:.0f} s): the wheel "
        f"installed with Plone into a fresh virtualenv serves the demo guide"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
