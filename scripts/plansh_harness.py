"""Shared pieces of the robustness scripts (crash-test, concurrency-test): finding and
running the built plansh in a scratch folder, and reading stores and transcripts back.

Python standard library only.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import threading

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_PLAN = "Northwind Freight 2027"
CAPTURED = re.compile(r"^\s+captured (\w+) (\d+)", re.MULTILINE)


class Failure(Exception):
    """A check that did not hold; the message says which and where."""


def find_plansh(given=None):
    """The plansh binary: the one given, else the one `swift build` made (debug)."""
    if given:
        return os.path.abspath(given)
    folder = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=ROOT, check=True,
        capture_output=True, text=True).stdout.strip()
    path = os.path.join(folder, "plansh")
    if not os.access(path, os.X_OK):
        sys.exit(f"no plansh at {path}: run 'swift build' first")
    return path


def environment(folder):
    """A clean environment whose state and config live in `folder`."""
    return {
        "PATH": "/usr/bin:/bin", "HOME": folder, "USER": "Sam Reyes", "LANG": "C.UTF-8",
        "XDG_STATE_HOME": os.path.join(folder, "state"),
        "XDG_CONFIG_HOME": os.path.join(folder, "config"),
        "XDG_DATA_HOME": os.path.join(folder, "data"),
    }


class Plansh:
    """Runs one plansh binary in one scratch folder."""

    def __init__(self, binary, folder):
        self.binary = binary
        self.folder = folder
        self.env = environment(folder)

    def run(self, args, stdin=""):
        """Runs plansh to its end; returns (status, stdout, stderr)."""
        done = subprocess.run(
            [self.binary] + args, input=stdin.encode(), cwd=self.folder, env=self.env,
            capture_output=True)
        return done.returncode, done.stdout.decode(), done.stderr.decode()

    def must(self, args, stdin=""):
        """Runs plansh; fails unless it exits 0 with nothing on stderr."""
        status, out, err = self.run(args, stdin)
        if status != 0 or err:
            raise Failure(f"plansh {' '.join(args)} exited {status}: {err.strip()}")
        return out

    def start(self, args):
        """Starts plansh with pipes on all three streams, read by background threads."""
        return Running(subprocess.Popen(
            [self.binary] + args, cwd=self.folder, env=self.env, stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE))

    def listing(self, store, noun, plan=SAMPLE_PLAN):
        """`NOUN list --format json` on `plan` as a list of objects."""
        args = ["--store", store] + (["--plan", plan] if plan else [])
        return json.loads(self.must(args + [noun, "list", "--format", "json"]))


class Running:
    """A plansh process started with pipes; its output collected as it comes."""

    def __init__(self, process):
        self.process = process
        self.out = bytearray()
        self.err = bytearray()
        self.readers = [
            threading.Thread(target=self._drain, args=(process.stdout, self.out)),
            threading.Thread(target=self._drain, args=(process.stderr, self.err)),
        ]
        for reader in self.readers:
            reader.start()

    @staticmethod
    def _drain(stream, into):
        while True:
            chunk = stream.read1(65536)
            if not chunk:
                return
            into.extend(chunk)

    def write(self, text):
        """Writes to plansh's stdin; False once plansh has gone."""
        try:
            self.process.stdin.write(text.encode())
            self.process.stdin.flush()
            return True
        except (BrokenPipeError, ValueError, OSError):
            return False

    def close_input(self):
        try:
            self.process.stdin.close()
        except (BrokenPipeError, OSError):
            pass

    def kill(self):
        """SIGKILL, unless plansh has already exited."""
        if self.process.poll() is None:
            self.process.kill()

    def wait(self):
        """Waits for the end; returns (status, stdout, stderr)."""
        status = self.process.wait()
        for reader in self.readers:
            reader.join()
        self.close_input()
        return status, self.out.decode(errors="replace"), self.err.decode(errors="replace")


def sqlite(store, *commands):
    """Runs the sqlite3 command-line shell on `store`; returns its stdout."""
    done = subprocess.run(["sqlite3", store] + list(commands), capture_output=True, text=True)
    if done.returncode != 0:
        raise Failure(f"sqlite3 {store} {commands}: {done.stderr.strip()}")
    return done.stdout


def check_integrity(store):
    result = sqlite(store, "PRAGMA integrity_check").strip()
    if result != "ok":
        raise Failure(f"integrity_check on {store}: {result}")


def dump(store):
    """The store's whole content as SQL text (`.dump`), without the planner's statistics
    (sqlite_stat1, written by PRAGMA optimize as plansh closes): they are not plan data,
    and a kill between a commit and the close leaves them out."""
    return "\n".join(line for line in sqlite(store, ".dump").split("\n")
                     if "sqlite_stat" not in line and not line.startswith("ANALYZE"))


def copy_store(source, target):
    for suffix in ("", "-wal"):
        if os.path.exists(source + suffix):
            shutil.copyfile(source + suffix, target + suffix)


def transcript_inputs(path):
    """The input records of a transcript as (label, step, text), after the header.

    Fails when the file's last line is cut short: a transcript is written line by line.
    """
    with open(path, "rb") as file:
        data = file.read()
    if data and not data.endswith(b"\n"):
        raise Failure(f"{path}: the last line is cut short")
    inputs = []
    pattern = re.compile(r"^> \S+ ([a-z-]+)(?: \(step (\d+)\))? \| ?(.*)$")
    body = data.decode().split("\n---\n", 1)
    for line in (body[1] if len(body) == 2 else "").splitlines():
        if line.startswith("> "):
            match = pattern.match(line)
            if not match:
                raise Failure(f"{path}: a damaged input line: {line!r}")
            step = int(match.group(2)) if match.group(2) else None
            inputs.append((match.group(1), step, match.group(3)))
    return inputs


def transcript_captures(path):
    """Each capture a transcript shows, as (kind, id) -> index of the input before it."""
    captures = {}
    inputs = -1
    with open(path) as file:
        for line in file.read().split("\n---\n", 1)[1].splitlines():
            if line.startswith("> "):
                inputs += 1
            match = CAPTURED.match(line[2:]) if line.startswith("< ") else None
            if match:
                captures[(match.group(1), int(match.group(2)))] = inputs
    return captures


def acknowledged(stdout):
    """Every capture plansh acknowledged on stdout, as (kind, id) in order."""
    return [(kind, int(number)) for kind, number in CAPTURED.findall(stdout)]
