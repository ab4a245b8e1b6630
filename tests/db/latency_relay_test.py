#!/usr/bin/env python3
"""Tests of scripts/latency-relay.py in front of an echo server: the delay it adds, the order of
the bytes, a large transfer, many connections, and its controls (hang, resume, drop, refuse,
delay, rtt, status).

    python3 tests/db/latency_relay_test.py scripts/latency-relay.py
"""

import asyncio
import socket
import struct
import sys
import time
import unittest

RELAY = None


async def echo(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except OSError:
        pass
    finally:
        writer.close()


async def connect(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    # Closed with a reset, not a FIN, so that thousands of test connections leave no TIME_WAIT
    # entries holding ports behind.
    writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                               struct.pack("ii", 1, 0))
    return reader, writer


class RelayTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.echo = await asyncio.start_server(echo, "127.0.0.1", 0)
        target = self.echo.sockets[0].getsockname()[1]
        self.relay = await asyncio.create_subprocess_exec(
            sys.executable, RELAY, "--listen", "0", "--target", "127.0.0.1:%d" % target,
            "--control", "0", stdout=asyncio.subprocess.PIPE)
        self.port = int(await asyncio.wait_for(self.relay.stdout.readline(), 30))
        control = int(await asyncio.wait_for(self.relay.stdout.readline(), 30))
        self.control = await asyncio.open_connection("127.0.0.1", control)
        self.opened = []

    async def asyncTearDown(self):
        for _, writer in self.opened:
            writer.close()
        self.control[1].close()
        self.relay.terminate()
        self.assertEqual(await self.relay.wait(), 0)
        self.echo.close()

    async def command(self, line):
        reader, writer = self.control
        writer.write(line.encode() + b"\n")
        await writer.drain()
        answer = (await asyncio.wait_for(reader.readline(), 10)).decode().strip()
        self.assertTrue(answer.startswith("ok"), answer)
        return answer

    async def link(self):
        pair = await connect(self.port)
        self.opened.append(pair)
        return pair

    async def round_trip(self, reader, writer, data=b"ping"):
        started = time.monotonic()
        writer.write(data)
        await writer.drain()
        self.assertEqual(await asyncio.wait_for(reader.readexactly(len(data)), 10), data)
        return (time.monotonic() - started) * 1000

    async def test_delay_is_one_way_and_rtt_the_round_trip(self):
        reader, writer = await self.link()
        self.assertIn("delay_ms=30", await self.command("delay 30"))
        self.assertGreaterEqual(await self.round_trip(reader, writer), 60)
        self.assertIn("delay_ms=20", await self.command("rtt 40"))
        self.assertGreaterEqual(await self.round_trip(reader, writer), 40)

    async def test_bytes_keep_their_order_and_a_large_transfer_passes(self):
        reader, writer = await self.link()
        await self.command("rtt 10")
        # Many small writes, each numbered: they come back whole and in order.
        pieces = [b"%07d;" % i for i in range(20000)]
        for piece in pieces:
            writer.write(piece)
        await writer.drain()
        expected = b"".join(pieces)
        self.assertEqual(await asyncio.wait_for(reader.readexactly(len(expected)), 60), expected)
        # 100 MiB each way at once: the delay is paid once, not per chunk.
        block = bytes(range(256)) * 4096
        count = 100

        async def send():
            for _ in range(count):
                writer.write(block)
                await writer.drain()

        pattern = bytes(range(256)) * ((1 << 20) // 256 + 2)
        started = time.monotonic()
        sending = asyncio.ensure_future(send())
        received = 0
        while received < count * len(block):
            chunk = await asyncio.wait_for(reader.read(1 << 20), 60)
            self.assertTrue(chunk)
            # Byte k of the stream is k % 256.
            start = received % 256
            self.assertEqual(chunk, (pattern[start:start + len(chunk)]))
            received += len(chunk)
        await sending
        self.assertLess(time.monotonic() - started, 120)

    async def test_hang_keeps_the_connection_silent_until_resume(self):
        reader, writer = await self.link()
        await self.round_trip(reader, writer)
        self.assertIn("hung=1", await self.command("hang"))
        writer.write(b"held")
        await writer.drain()
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(reader.read(4), 1.0)
        # A connection made while hung is silent too.
        late_reader, late_writer = await self.link()
        late_writer.write(b"late")
        await late_writer.drain()
        with self.assertRaises(asyncio.TimeoutError):
            await asyncio.wait_for(late_reader.read(4), 0.5)
        self.assertIn("hung=0", await self.command("resume"))
        self.assertEqual(await asyncio.wait_for(reader.readexactly(4), 10), b"held")
        self.assertEqual(await asyncio.wait_for(late_reader.readexactly(4), 10), b"late")

    async def test_drop_closes_every_connection(self):
        links = [await self.link() for _ in range(3)]
        for reader, writer in links:
            await self.round_trip(reader, writer)
        self.assertIn("connections=3", await self.command("status"))
        await self.command("drop")
        for reader, _ in links:
            try:
                self.assertEqual(await asyncio.wait_for(reader.read(10), 10), b"")
            except ConnectionResetError:
                pass
        self.assertIn("connections=0", await self.command("status"))
        # The relay still listens.
        await self.round_trip(*await self.link())

    async def test_refuse_until_resume(self):
        reader, writer = await self.link()
        self.assertIn("refusing=1", await self.command("refuse"))
        with self.assertRaises(OSError):
            await connect(self.port)
        # Connections made before go on.
        await self.round_trip(reader, writer)
        self.assertIn("refusing=0", await self.command("resume"))
        await self.round_trip(*await self.link())

    async def test_many_connections(self):
        for _ in range(300):
            reader, writer = await connect(self.port)
            await self.round_trip(reader, writer, b"x")
            writer.close()
        links = [await self.link() for _ in range(300)]
        for reader, writer in links:
            writer.write(b"y")
        for reader, _ in links:
            self.assertEqual(await asyncio.wait_for(reader.readexactly(1), 30), b"y")
        # The relay notices the 300 closed ones as their resets arrive.
        for _ in range(100):
            status = await self.command("status")
            if "connections=300 " in status:
                break
            await asyncio.sleep(0.1)
        self.assertIn("connections=300 accepted=600", status)

    async def test_bad_commands_are_refused(self):
        reader, writer = self.control
        for line in (b"delay", b"delay fast", b"delay -5", b"hang now", b"explode"):
            writer.write(line + b"\n")
            await writer.drain()
            answer = (await asyncio.wait_for(reader.readline(), 10)).decode()
            self.assertTrue(answer.startswith("error"), (line, answer))


if __name__ == "__main__":
    RELAY = sys.argv.pop(1)
    unittest.main()
