#!/usr/bin/env python3
"""A TCP relay on 127.0.0.1 that adds latency, for tests and benchmarks against a slow server.

    scripts/latency-relay.py --listen 0 --target 127.0.0.1:5432 --rtt 50 [--control 0]
                             [--pidfile FILE]

Every chunk of bytes that arrives on one side is written to the other side DELAY ms after it
arrived, in the order it arrived, in both directions; so a request and its answer cost 2 x DELAY
more than without the relay. --delay MS sets DELAY (the one-way delay); --rtt MS sets the added
round trip, DELAY = MS / 2. Reading goes on while earlier chunks wait, so a large transfer keeps
its throughput and pays the delay once.

Standard output: the first line is the relay's port (useful with --listen 0), the second the
control port when --control is given. Then the relay runs until SIGTERM or SIGINT.

Control: one command a line on the control port (127.0.0.1), each answered "ok ..." or
"error ...":
    hang       stop forwarding both ways and stop reading, connections stay open: a silent link
               (new ones too). The relay's kernel still acknowledges what reaches it until the
               buffers are full, so a peer notices only when it sends more than they hold.
    resume     forward again (after hang), accept again (after refuse)
    drop       reset every relayed connection (both sides); the relay keeps listening
    refuse     close the listening socket, so new connections are refused until resume
    delay MS   set the one-way delay from now on
    rtt MS     set the added round trip from now on (one-way delay MS / 2)
    status     "ok connections=N accepted=N delay_ms=D hung=0|1 refusing=0|1"
SIGUSR1 is hang and SIGUSR2 resume, for use by hand.

Python 3 standard library only.
"""

import argparse
import asyncio
import os
import resource
import signal
import socket
import struct
import sys

CHUNK = 256 * 1024
# How many bytes a direction may hold waiting for their time; reading pauses beyond it.
QUEUE_LIMIT = 16 * 1024 * 1024


def parse_endpoint(text, default_host):
    host, _, port = text.rpartition(":")
    return (host or default_host), int(port)


def reset(transport):
    """Closes a connection with a reset, as a broken link would, leaving no TIME_WAIT behind."""
    sock = transport.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    transport.abort()


class Budget:
    """Bytes a direction may hold: taking waits while the limit is reached."""

    def __init__(self, limit):
        self.limit = limit
        self.used = 0
        self.changed = asyncio.Event()

    async def take(self, count):
        while self.used > 0 and self.used + count > self.limit:
            self.changed.clear()
            await self.changed.wait()
        self.used += count

    def give(self, count):
        self.used -= count
        self.changed.set()


class Link:
    """One relayed connection: a client and the target, and a pump for each direction."""

    def __init__(self, relay, client_reader, client_writer):
        self.relay = relay
        self.client = (client_reader, client_writer)
        self.server = None
        self.tasks = []
        self.aborted = False

    def abort(self):
        self.aborted = True
        for pair in (self.client, self.server):
            if pair is not None:
                reset(pair[1].transport)
        for task in self.tasks:
            task.cancel()

    async def run(self):
        try:
            await self.relay.flowing.wait()
            if self.aborted:
                return
            self.server = await asyncio.open_connection(*self.relay.target)
        except OSError:
            reset(self.client[1].transport)
            return
        if self.aborted:  # dropped while connecting
            self.abort()
            return
        self.tasks = [asyncio.ensure_future(self.pump(self.client[0], self.server[1])),
                      asyncio.ensure_future(self.pump(self.server[0], self.client[1]))]
        # Both directions end with an end of file; a reset on either side ends both at once.
        done, _ = await asyncio.wait(self.tasks, return_when=asyncio.FIRST_EXCEPTION)
        if any(task.cancelled() or task.exception() is not None for task in done) \
                or len(done) < len(self.tasks):
            self.abort()
        else:
            for pair in (self.client, self.server):
                pair[1].close()

    async def pump(self, reader, writer):
        loop = asyncio.get_running_loop()
        queue = asyncio.Queue()
        budget = Budget(QUEUE_LIMIT)
        relay = self.relay

        async def receive():
            while True:
                await relay.flowing.wait()
                data = await reader.read(CHUNK)
                if not data:
                    queue.put_nowait(None)
                    return
                await budget.take(len(data))
                queue.put_nowait((loop.time(), data))

        async def send():
            while True:
                item = await queue.get()
                if item is None:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                arrived, data = item
                while True:
                    await relay.flowing.wait()
                    wait = arrived + relay.delay - loop.time()
                    if wait <= 0:
                        break
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()
                budget.give(len(data))

        # An end of file goes through the queue after the data before it; a reset or an error on
        # either side ends the direction at once.
        tasks = {asyncio.ensure_future(receive()), asyncio.ensure_future(send())}
        try:
            done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()
        finally:
            for task in tasks:
                task.cancel()


class Relay:
    def __init__(self, listen, target, delay_seconds):
        self.listen = listen
        self.target = target
        self.delay = delay_seconds
        self.flowing = asyncio.Event()
        self.flowing.set()
        self.links = set()
        self.accepted = 0
        self.server = None
        self.refusing = False

    async def start(self):
        self.server = await asyncio.start_server(self.accept, self.listen[0], self.listen[1],
                                                 reuse_address=True, backlog=1024)
        self.listen = (self.listen[0], self.server.sockets[0].getsockname()[1])
        return self.listen[1]

    async def accept(self, reader, writer):
        link = Link(self, reader, writer)
        self.links.add(link)
        self.accepted += 1
        try:
            await link.run()
        except asyncio.CancelledError:
            link.abort()  # the relay is stopping
        except Exception:  # a broken connection ends only itself
            link.abort()
        finally:
            self.links.discard(link)

    def hang(self):
        self.flowing.clear()

    async def resume(self):
        self.flowing.set()
        if self.refusing:
            self.refusing = False
            await self.start()

    def drop(self):
        for link in list(self.links):
            link.abort()

    async def refuse(self):
        if not self.refusing:
            self.refusing = True
            # Not wait_closed(): from Python 3.12 on it waits for the relayed connections too.
            self.server.close()

    def status(self):
        return "connections=%d accepted=%d delay_ms=%g hung=%d refusing=%d" % (
            len(self.links), self.accepted, self.delay * 1000, not self.flowing.is_set(),
            self.refusing)

    async def command(self, line):
        words = line.split()
        if not words:
            return "error empty command"
        name, arguments = words[0].lower(), words[1:]
        if name in ("delay", "rtt") and len(arguments) == 1:
            try:
                value = float(arguments[0])
            except ValueError:
                return "error not a number of milliseconds: " + arguments[0]
            if value < 0:
                return "error a delay cannot be negative"
            self.delay = value / 1000 / (2 if name == "rtt" else 1)
        elif arguments:
            return "error %s takes no argument" % name
        elif name == "hang":
            self.hang()
        elif name == "resume":
            await self.resume()
        elif name == "drop":
            self.drop()
        elif name == "refuse":
            await self.refuse()
        elif name != "status":
            return "error unknown command: " + name
        return "ok " + self.status()

    async def control(self, reader, writer):
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                answer = await self.command(line.decode("utf-8", "replace"))
                writer.write(answer.encode() + b"\n")
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the controller went away, or the relay is stopping
        finally:
            writer.close()


def raise_file_limit():
    # Each relayed connection takes two descriptors; thousands of them need more than 1024.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
        except (ValueError, OSError):
            pass


async def main(arguments):
    loop = asyncio.get_running_loop()
    if arguments.rtt is not None:
        delay = arguments.rtt / 2
    else:
        delay = arguments.delay
    relay = Relay(parse_endpoint(arguments.listen, "127.0.0.1"),
                  parse_endpoint(arguments.target, "127.0.0.1"), delay / 1000)
    port = await relay.start()
    lines = [str(port)]
    control = None
    if arguments.control is not None:
        control = await asyncio.start_server(relay.control,
                                             *parse_endpoint(arguments.control, "127.0.0.1"))
        lines.append(str(control.sockets[0].getsockname()[1]))
    if arguments.pidfile:
        with open(arguments.pidfile, "w", encoding="ascii") as pidfile:
            pidfile.write("%d\n" % os.getpid())
    print("\n".join(lines), flush=True)

    stopped = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    loop.add_signal_handler(signal.SIGUSR1, relay.hang)
    loop.add_signal_handler(signal.SIGUSR2, lambda: asyncio.ensure_future(relay.resume()))
    try:
        await stopped.wait()
    finally:
        relay.drop()
        if arguments.pidfile:
            try:
                os.remove(arguments.pidfile)
            except OSError:
                pass


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--listen", default="0", metavar="[HOST:]PORT",
                        help="where to listen (default 127.0.0.1, port 0: any free port; the "
                        "port is printed as the first line)")
    parser.add_argument("--target", required=True, metavar="[HOST:]PORT",
                        help="where to forward to (default host 127.0.0.1)")
    how_long = parser.add_mutually_exclusive_group()
    how_long.add_argument("--delay", type=float, default=0.0, metavar="MS",
                          help="one-way delay: each chunk is forwarded MS milliseconds after it "
                          "arrived, in each direction, so a round trip costs 2 x MS more "
                          "(default 0)")
    how_long.add_argument("--rtt", type=float, metavar="MS",
                          help="added round trip: each direction is delayed by MS / 2 "
                          "milliseconds")
    parser.add_argument("--control", metavar="[HOST:]PORT",
                        help="listen for control commands (hang, resume, drop, refuse, "
                        "delay MS, rtt MS, status) here; port 0: any free port, printed as the "
                        "second line")
    parser.add_argument("--pidfile", metavar="FILE", help="write the relay's process id here")
    arguments = parser.parse_args()
    for value in (arguments.delay, arguments.rtt):
        if value is not None and value < 0:
            parser.error("a delay cannot be negative")
    return arguments


if __name__ == "__main__":
    raise_file_limit()
    try:
        asyncio.run(main(parse_arguments()))
    except KeyboardInterrupt:
        pass
    sys.exit(0)
