"""An SMTP server for the mail tests that owns its port from start to end.

It binds 127.0.0.1 on a port the system chooses and prints that port. Until it reads the line
`open` on standard input it is "down": every connection is closed at once, before any greeting.
From then on it serves SMTP (aiosmtpd) and stores each message in the maildir given as its
argument. It stops when standard input closes.

Like a real relay, it refuses some recipients: an address starting with `refused` always gets
`550 5.1.1` (no such mailbox), one starting with `syntax` always `501 5.1.3`; one starting
with `busy` gets `451 4.3.0` (try again later)
until the line `relent` arrives, and is accepted from then on.
"""

import asyncio
import socket
import sys

from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP


class Picky(Mailbox):
    def __init__(self, maildir, state):
        super().__init__(maildir)
        self.state = state

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refused"):
            return "550 5.1.1 No such mailbox here"
        if address.startswith("syntax"):
            return "501 5.1.3 Bad recipient address syntax"
        if address.startswith("busy") and not self.state["relented"]:
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"


class Refuse(asyncio.Protocol):
    def connection_made(self, transport):
        transport.close()


async def main(maildir):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    state = {"open": False, "relented": False}
    handler = None
    loop = asyncio.get_running_loop()

    def protocol():
        return SMTP(handler) if state["open"] else Refuse()

    server = await loop.create_server(protocol, sock=sock)
    print(sock.getsockname()[1], flush=True)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        if line.strip() == b"open":
            handler = Picky(maildir, state)
            state["open"] = True
            print("open", flush=True)
        elif line.strip() == b"relent":
            state["relented"] = True
            print("relent", flush=True)
    server.close()


asyncio.run(main(sys.argv[1]))
