"""Run by scripts/bench.mjs: time from launch to the first question, in a
pseudo-terminal with nothing between it and the process measured.

A wrapper such as util-linux `script` is itself a process that starts, makes
the pty and forks a shell to run the command: its own start-up would count on
both sides and dilute the ratio. Here the clock starts as this process forks
straight into the pty and stops when the text appears on the master side.

  python3 scripts/pty-first-question.py RUNS NODE BIN PROMPT

Prints JSON: {"bare": [ms...], "first": [ms...], "version": [ms...]}, runs
interleaved so that load on a shared machine falls on all alike; "version"
is `medsec-path --version`, the program's start-up before any command.
"""

import fcntl
import json
import os
import pty
import select
import signal
import struct
import sys
import termios
import time

runs, node, bin_path, prompt = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4].encode()
env = {**os.environ, "TERM": os.environ.get("TERM", "xterm-256color"), "NO_COLOR": "1"}
# The same start for both: bare node writes a byte, as the CLI writes its question.
BARE = [node, "-e", "process.stdout.write('ready')"]
CLI = [node, bin_path]
VERSION = [node, bin_path, "--version"]


def until_seen(argv, text, limit=30.0):
    """Milliseconds from fork to `text` on the terminal."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        # A terminal of a usual size: the questionnaire wraps to it.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < limit:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break  # the child closed the terminal: it exited
            if not chunk:
                break
            seen += chunk
            if text in seen:
                elapsed = (time.perf_counter() - start) * 1000
                break
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        sys.stderr.write(f"{' '.join(argv)} never showed {text!r}: {seen[-400:]!r}\n")
        sys.exit(1)
    return elapsed


with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "package.json")) as f:
    version_text = json.load(f)["version"].encode()

for _ in range(3):  # warm the disk cache for all three
    until_seen(BARE, b"ready")
    until_seen(CLI, prompt)
    until_seen(VERSION, version_text)
bare, first, version = [], [], []
for _ in range(runs):
    bare.append(until_seen(BARE, b"ready"))
    first.append(until_seen(CLI, prompt))
    version.append(until_seen(VERSION, version_text))
print(json.dumps({"bare": bare, "first": first, "version": version}))
