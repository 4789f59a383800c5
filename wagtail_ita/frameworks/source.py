"""Line numbers in a framework file's text, so a problem can say where it is.

``tomllib`` returns plain dicts without positions. :class:`SourceMap` scans the text once: every
``[[table]]`` header opens a table (nested ones, ``[[items.components]]``, belong to the last
``[[items]]``), and every ``key =`` line inside it is remembered. The loader then asks for the line
of ``items[3].components[1].kind`` by the same indices it used to read the parsed data. Text inside
multi-line strings is skipped, so a requirement that contains ``code =`` cannot mislead it.
"""

import re

HEADER_RE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.\-]+)\s*\]\]")
TABLE_RE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\-]+)\s*\]")
KEY_RE = re.compile(r"""^\s*("?)([A-Za-z0-9_\-]+)\1\s*=""")
DELIMITERS = ('"""', "'''")


class _Table:
    def __init__(self, line):
        self.line = line
        self.keys = {}
        self.children = {}


class SourceMap:
    """Where tables and keys are, by line (1-based), in the text of one TOML file."""

    def __init__(self, text):
        self.lines = text.splitlines()
        self.root = _Table(1)
        self._scan()

    def code_lines(self):
        """``(number, line)`` of every line that starts outside a multi-line string (numbers 1-based)."""
        in_string = None
        for number, line in enumerate(self.lines, start=1):
            if in_string:
                if line.count(in_string) % 2 == 1:
                    in_string = None
                continue
            yield number, line
            for delimiter in DELIMITERS:
                if line.count(delimiter) % 2 == 1:
                    in_string = delimiter
                    break

    def _scan(self):
        current = self.root
        open_tables = {}  # name -> the last instance opened under that name
        for number, line in self.code_lines():
            header = HEADER_RE.match(line)
            if header:
                name = header.group(1)
                parent_name, _dot, child = name.rpartition(".")
                parent = open_tables.get(parent_name) if parent_name else self.root
                if parent is None:
                    parent = self.root
                    child = name
                current = _Table(number)
                parent.children.setdefault(child, []).append(current)
                open_tables[name] = current
                for other in [n for n in open_tables if n.startswith(name + ".")]:
                    del open_tables[other]
                continue
            if TABLE_RE.match(line):
                current = _Table(number)  # a [table]: not tracked, but its keys are not the previous table's
                continue
            key = KEY_RE.match(line)
            if key:
                current.keys.setdefault(key.group(2), number)

    def line(self, *path):
        """The line of ``path``: ``("year",)``, ``("items", 3)``, ``("items", 3, "components", 1, "kind")``.

        The line of the deepest part found: a missing key gives its table's header line; an unknown
        table gives ``None``.
        """
        table, found = self.root, None
        parts = list(path)
        while parts:
            name = parts.pop(0)
            if parts and isinstance(parts[0], int):
                index = parts.pop(0)
                instances = table.children.get(name, [])
                if index >= len(instances):
                    return found
                table = instances[index]
                found = table.line
            else:
                return table.keys.get(name, found)
        return found

    def find(self, pattern):
        """The first line matching the regular expression ``pattern`` outside multi-line strings, else ``None``."""
        regex = re.compile(pattern)
        return next((number for number, line in self.code_lines() if regex.search(line)), None)
