"""A small xterm-like screen, enough to see what libedit draws.

libedit redraws a line with cursor moves, inserts and erases rather than printing it
again, so the text a person sees can only be known by replaying those sequences. This
keeps a grid of cells (wide characters take two), and beside it the plain text stream
with every escape sequence removed, for pexpect-style waiting.
"""

import codecs
import unicodedata


def char_width(char):
    """Columns a character takes, as wcwidth would say for the common cases."""
    if unicodedata.combining(char) or char in "\u200b\u200d\ufe0f":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


class Screen:
    """The visible grid, the cursor, and the escape-free stream of what was printed."""

    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols
        self.grid = [[" "] * cols for _ in range(rows)]
        self.row = self.col = 0
        self.pending_wrap = False
        self.saved = (0, 0)
        self.stream = []
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.escape = None

    def resize(self, rows, cols):
        """Keeps the top-left of the grid, as a terminal window does when it shrinks."""
        self.grid = [(line + [" "] * cols)[:cols] for line in self.grid[:rows]]
        self.grid += [[" "] * cols for _ in range(rows - len(self.grid))]
        self.rows, self.cols = rows, cols
        self.row, self.col = min(self.row, rows - 1), min(self.col, cols - 1)

    # Output from the program.

    def feed(self, data):
        for char in self.decoder.decode(data):
            if self.escape is not None:
                self._escape_char(char)
            else:
                self._plain_char(char)

    def _plain_char(self, char):
        if char == "\x1b":
            self.escape = ""
        elif char == "\r":
            self.col, self.pending_wrap = 0, False
        elif char == "\n":
            self._line_feed()
            self.stream.append("\n")
        elif char == "\b":
            self.col, self.pending_wrap = max(0, self.col - 1), False
        elif char == "\t":
            self.col = min(self.cols - 1, (self.col // 8 + 1) * 8)
        elif char >= " " and char != "\x7f":
            self._put(char)
            self.stream.append(char)

    def _put(self, char):
        width = char_width(char)
        if width == 0:
            return
        if self.pending_wrap or self.col + width > self.cols:
            self.col, self.pending_wrap = 0, False
            self._line_feed()
        self.grid[self.row][self.col] = char
        if width == 2:
            self.grid[self.row][self.col + 1] = ""
        self.col += width
        # xterm waits for the next character before wrapping (the xenl capability).
        if self.col >= self.cols:
            self.col, self.pending_wrap = self.cols - 1, True

    def _line_feed(self):
        if self.row == self.rows - 1:
            self.grid.pop(0)
            self.grid.append([" "] * self.cols)
        else:
            self.row += 1

    def _escape_char(self, char):
        sequence = self.escape + char
        if sequence == "[" or sequence == "]" or sequence in ("(", ")"):
            self.escape = sequence
        elif sequence.startswith("]"):
            # An operating-system command ends with BEL or ESC \.
            done = char == "\x07" or sequence.endswith("\x1b\\")
            self.escape = None if done else sequence
        elif sequence.startswith("(") or sequence.startswith(")"):
            self.escape = None
        elif sequence.startswith("["):
            if "\x40" <= char <= "\x7e" and len(sequence) > 1:
                self.escape = None
                self._control_sequence(sequence[1:-1], char)
            else:
                self.escape = sequence
        else:
            self.escape = None
            if char == "7":
                self.saved = (self.row, self.col)
            elif char == "8":
                self.row, self.col = self.saved
            elif char == "M":
                self.row = max(0, self.row - 1)

    def _control_sequence(self, parameters, final):
        private = parameters.startswith("?") or parameters.startswith(">")
        numbers = [int(p) if p.isdigit() else 0 for p in parameters.lstrip("?>").split(";")]
        first = numbers[0] if numbers and numbers[0] else 1
        if private or final in "mhlrt":
            return
        self.pending_wrap = False
        line = self.grid[self.row]
        if final == "A":
            self.row = max(0, self.row - first)
        elif final == "B":
            self.row = min(self.rows - 1, self.row + first)
        elif final == "C":
            self.col = min(self.cols - 1, self.col + first)
        elif final == "D":
            self.col = max(0, self.col - first)
        elif final == "G":
            self.col = min(self.cols - 1, first - 1)
        elif final == "d":
            self.row = min(self.rows - 1, first - 1)
        elif final in "Hf":
            column = numbers[1] if len(numbers) > 1 and numbers[1] else 1
            self.row, self.col = min(self.rows - 1, first - 1), min(self.cols - 1, column - 1)
        elif final == "K":
            self._erase_line(numbers[0] if numbers else 0)
        elif final == "J":
            self._erase_display(numbers[0] if numbers else 0)
        elif final == "@":
            line[self.col:self.col] = [" "] * first
            del line[self.cols:]
        elif final == "P":
            del line[self.col:self.col + first]
            line.extend([" "] * (self.cols - len(line)))
        elif final == "X":
            end = min(self.cols, self.col + first)
            line[self.col:end] = [" "] * (end - self.col)

    def _erase_line(self, mode):
        line = self.grid[self.row]
        start, end = {0: (self.col, self.cols), 1: (0, self.col + 1)}.get(mode, (0, self.cols))
        line[start:end] = [" "] * (end - start)

    def _erase_display(self, mode):
        if mode == 0:
            self._erase_line(0)
            rows = range(self.row + 1, self.rows)
        elif mode == 1:
            self._erase_line(1)
            rows = range(0, self.row)
        else:
            rows = range(self.rows)
        for row in rows:
            self.grid[row] = [" "] * self.cols

    # What a person sees.

    def line(self, row):
        return "".join(self.grid[row]).rstrip()

    def cursor_line(self):
        return self.line(self.row)

    def text(self):
        return "\n".join(self.line(row) for row in range(self.rows)).rstrip("\n")

    def stream_text(self):
        return "".join(self.stream)
