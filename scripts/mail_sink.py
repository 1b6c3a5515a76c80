"""The development site's mail server: it delivers nothing, it keeps each mail.

``make start`` runs it in the background beside Zope; the development site's
MailHost sends to it (``scripts/create_site.py``). Every mail the site sends
becomes a file ``<dir>/<time>-<n>.eml`` (open it with any mail client, or read
it: it is text) and one line on the console::

    python scripts/mail_sink.py --port 8025 --dir instance/var/mail

An SMTP server from aiosmtpd (pinned in constraints.txt); Ctrl+C or SIGTERM
stops it. When the port is taken it says so and exits: the site then logs one
WARNING line per mail it could not send.
"""

from aiosmtpd.controller import Controller
from datetime import datetime
from email import message_from_bytes
from email.header import decode_header
from email.header import make_header
from pathlib import Path

import argparse
import itertools
import signal
import sys
import threading


class FolderHandler:
    """aiosmtpd handler: write each message to a file, print one line."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"{stamp}-{next(self.numbers):04d}.eml"
        path.write_bytes(envelope.original_content or envelope.content)
        subject = message_from_bytes(envelope.content).get("Subject", "")
        subject = str(make_header(decode_header(subject)))
        recipients = ", ".join(envelope.rcpt_tos)
        print(f"Mail sink: “{subject}” to {recipients} -> {path}", flush=True)
        return "250 Message accepted for delivery"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--dir", type=Path, default=Path("instance/var/mail"))
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    controller = Controller(FolderHandler(args.dir), hostname=args.host, port=args.port)
    try:
        controller.start()
    except (OSError, RuntimeError) as error:
        print(f"Mail sink not started on {args.host}:{args.port}: {error}")
        return 1
    print(
        f"Mail sink: the site's mails go to {args.dir.resolve()} "
        f"(SMTP on {args.host}:{args.port})",
        flush=True,
    )
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
