#!/usr/bin/env python3
"""Drives a program through a real pseudo-terminal, as a person at a keyboard would.

usage: pty_driver.py SPEC.json RESULT.json

SPEC holds {"argv": [...], "env": {...}, "cwd": DIR, "rows": N, "cols": N,
"timeout": SECONDS, "steps": [...]}. Each step is one of
  {"send": TEXT}            write TEXT (keys, escapes and all) to the terminal
  {"expect": TEXT}          wait until TEXT is printed after the previous match
                            (escape sequences removed), and move past it
  {"screen": TEXT}          wait until TEXT is somewhere on the visible screen
  {"cursor_line": TEXT}     wait until the line the cursor is on reads TEXT
  {"cursor_column": N}      wait until the cursor is in column N (0 is the first)
  {"begin_capture": NAME}   start keeping the raw bytes printed, under NAME
  {"end_capture": NAME}     stop keeping them
  {"resize": [ROWS, COLS]}  change the window size (the program gets SIGWINCH)
  {"exit": true}            wait for the program to leave
Typing counts everything printed before it as matched: an "expect" after a "send" waits
for what the keys caused, not for a prompt libedit drew again while redrawing the line.
Only the standard library is used, so that CI needs nothing but python3. Waits are
generous because the machines running the tests are shared and slow; nothing here
measures time. RESULT gets {"ok", "failure", "step", "screen", "stream_tail", "status",
"captures"}; status is the exit code, or null when the program was still running and
had to be killed.
"""

import errno
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

# No __pycache__ beside the sources: the tests run from a checkout.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from screen import Screen  # noqa: E402


class StepFailed(Exception):
    """An expectation that was not met in time, with what was seen instead."""


class Terminal:
    """One program on the child side of a pseudo-terminal, and the screen it draws."""

    def __init__(self, spec):
        self.rows, self.cols = spec.get("rows", 24), spec.get("cols", 100)
        self.screen = Screen(self.rows, self.cols)
        self.position = 0
        self.status = None
        self.reaped = False
        self.open_captures = {}
        self.captures = {}
        self.pid, self.master = pty.fork()
        if self.pid == 0:
            self._exec_child(spec)

    def _exec_child(self, spec):
        # The child is a session leader whose controlling terminal is the pty, so Ctrl-C
        # typed here reaches it as SIGINT just as it would from a real terminal.
        try:
            # Start as from a login shell: nothing blocked, and not Python's ignored
            # SIGPIPE and SIGXFSZ (exec keeps both a signal mask and ignored signals).
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            for number in (signal.SIGINT, signal.SIGPIPE, signal.SIGXFSZ, signal.SIGWINCH):
                signal.signal(number, signal.SIG_DFL)
            set_window_size(0, self.rows, self.cols)
            attributes = termios.tcgetattr(0)
            # Terminal emulators set IUTF8 in a UTF-8 locale; Python names it only from 3.12.
            attributes[0] |= getattr(termios, "IUTF8", 0o40000)
            termios.tcsetattr(0, termios.TCSANOW, attributes)
            os.chdir(spec.get("cwd", "."))
            os.execve(spec["argv"][0], spec["argv"], spec.get("env", {}))
        except BaseException as error:  # noqa: BLE001 - the child must never return
            os.write(2, ("pty_driver: cannot start: %s\n" % error).encode())
        os._exit(127)

    def pump(self, wait):
        """Reads what the program printed within `wait` seconds; notes when it exits."""
        if self.master is not None:
            ready, _, _ = select.select([self.master], [], [], wait)
            if ready:
                try:
                    data = os.read(self.master, 65536)
                except OSError as error:
                    # Linux reports EIO once the child side is closed.
                    if error.errno != errno.EIO:
                        raise
                    data = b""
                if data:
                    self.screen.feed(data)
                    for name in self.open_captures:
                        self.captures[name] += data
                else:
                    os.close(self.master)
                    self.master = None
        else:
            time.sleep(min(wait, 0.05))
        if not self.reaped:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.reaped = True
                self.status = os.waitstatus_to_exitcode(status)

    def drain(self):
        """Reads whatever output is there already, without waiting for more."""
        while self.master is not None:
            ready, _, _ = select.select([self.master], [], [], 0)
            if not ready:
                return
            self.pump(0)

    def wait_for(self, timeout, condition, description):
        deadline = time.monotonic() + timeout
        while not condition():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StepFailed("timed out after %gs waiting for %s" % (timeout, description))
            if self.master is None and self.status is not None:
                if not condition():
                    raise StepFailed("the program left (status %s) before %s"
                                     % (self.status, description))
            self.pump(min(remaining, 0.2))

    def send(self, text):
        if self.master is None:
            raise StepFailed("cannot type %r: the program has left" % text)
        self.drain()
        self.position = len(self.screen.stream_text())
        data = text.encode("utf-8")
        while data:
            written = os.write(self.master, data)
            data = data[written:]
        self.pump(0)

    def expect(self, needle, timeout):
        found = []

        def seen():
            at = self.screen.stream_text().find(needle, self.position)
            if at >= 0:
                found.append(at + len(needle))
            return at >= 0

        self.wait_for(timeout, seen, "%r to be printed" % needle)
        self.position = found[-1]

    def run_step(self, step, timeout):
        timeout = step.get("timeout", timeout)
        if "send" in step:
            self.send(step["send"])
        elif "expect" in step:
            self.expect(step["expect"], timeout)
        elif "screen" in step:
            self.wait_for(timeout, lambda: step["screen"] in self.screen.text(),
                          "%r on the screen" % step["screen"])
        elif "cursor_line" in step:
            self.wait_for(timeout, lambda: self.screen.cursor_line() == step["cursor_line"],
                          "the cursor line to read %r" % step["cursor_line"])
        elif "cursor_column" in step:
            self.wait_for(timeout, lambda: self.screen.col == step["cursor_column"],
                          "the cursor in column %d" % step["cursor_column"])
        elif "begin_capture" in step:
            self.open_captures[step["begin_capture"]] = b""
            self.captures[step["begin_capture"]] = b""
        elif "end_capture" in step:
            self.open_captures.pop(step["end_capture"], None)
        elif "resize" in step:
            self.rows, self.cols = step["resize"]
            self.screen.resize(self.rows, self.cols)
            set_window_size(self.master, self.rows, self.cols)
        elif "exit" in step:
            self.wait_for(timeout, lambda: self.status is not None, "the program to leave")
        else:
            raise StepFailed("unknown step %r" % step)

    def finish(self, timeout):
        """Collects the last output; a program still running then is killed."""
        if not self.reaped:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            self.reaped = True  # status stays None: the program did not leave by itself
        deadline = time.monotonic() + timeout
        while self.master is not None and time.monotonic() < deadline:
            self.pump(0.1)


def set_window_size(descriptor, rows, cols):
    fcntl.ioctl(descriptor, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def main(spec_path, result_path):
    with open(spec_path, encoding="utf-8") as file:
        spec = json.load(file)
    timeout = float(os.environ.get("PLANSH_PTY_TIMEOUT", spec.get("timeout", 10)))
    terminal = Terminal(spec)
    result = {"ok": True, "failure": None, "step": None}
    for index, step in enumerate(spec["steps"]):
        try:
            terminal.run_step(step, timeout)
        except StepFailed as failure:
            result.update(ok=False, failure=str(failure), step=index)
            break
    terminal.finish(2)
    result.update(
        screen=terminal.screen.text(),
        stream_tail=terminal.screen.stream_text()[terminal.position:][-3000:],
        status=terminal.status,
        captures={name: data.decode("utf-8", "replace")
                  for name, data in terminal.captures.items()})
    with open(result_path, "w", encoding="utf-8") as file:
        json.dump(result, file, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
