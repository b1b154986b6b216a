# SPDX-License-Identifier: GPL-3.0-or-later
"""The hostile inputs: each case is a function that writes its files into a fresh folder and says what
`parallax compare` must do with them (run_hostile.py runs and checks them).

Every input case compares two good versions (GOOD_A, GOOD_B, written here) with the hostile path, so that
a report is always due and nothing the good versions hold may be lost. The texts are ours, invented for
these tests."""

import os
import random

# What a hostile version must do.
LOADS = "loads"  # read as a version (exit 0)
FAILS = "fails"  # refused with a message naming it, the others compared (exit 2)
EITHER = "either"  # read, or refused with a message naming it: the budget and the report still hold
REFUSED_OUTPUT = "refused-output"  # the output path is refused: non-zero exit, nothing replaced
REFUSED_BASE = "refused-base"  # --base names no version or several: non-zero exit, a message naming it

GOOD_A = """Harbour ferry to resume service after storm repairs

The ferry between Kellmouth and Zürich Quay will resume service on Monday, the harbour authority said.
The vessel was damaged during last week's storm, when waves of up to six metres struck the pier.
Repairs cost about 40,000 pounds and took nine days, according to the authority.
"We are grateful for the patience of our passengers," said Mara Lindqvist, the harbour master.
Timetables will return to normal by Wednesday.
"""

GOOD_B = """Ferry service to restart after storm damage repaired

The ferry between Kellmouth and Zürich Quay will restart on Monday, the harbour authority said on Friday.
The boat was damaged in last week's storm, when waves of up to seven metres hit the pier.
Repairs cost more than 40,000 pounds and took ten days, the authority said.
"We are grateful for the patience of passengers," said harbour master Mara Lindqvist.
Normal timetables are expected by Wednesday.
"""

# The hostile version's own text where it should load: a third rendering with a non-ASCII word that
# mis-decoding would garble.
THIRD = """Storm-damaged ferry returns to the water

The Kellmouth ferry to Zürich Quay returns on Monday after nine days of repairs, officials said.
Waves of six metres damaged the vessel and the pier last week.
"""
MARKER = "Zürich"  # must come out intact wherever THIRD loads

CAP = 16 * 1024 * 1024  # LoadError::MaxArticleFileSize


class Case:
    """name: unique, printable. make(folder) -> list of paths to compare (the hostile ones among the good
    ones) or a dict with 'paths', 'hostile' (paths whose outcome is `expect`), optional 'args' (extra
    command-line arguments), 'output' (the --json target when it is the hostile part), 'contains' (text
    that the hostile version's sentences must hold when it loads), 'versions' (exact count of versions
    the report must list), 'pdf' (also run with --pdf), 'as_nobody', 'stdin', 'no_marker' (text that must
    not appear in the report: a file the page references)."""

    def __init__(self, name, expect, make, pdf=False):
        self.name, self.expect, self.make, self.pdf = name, expect, make, pdf


CASES = []


def case(name, expect, pdf=False):
    def register(make):
        CASES.append(Case(name, expect, make, pdf))
        return make

    return register


def write(folder, name, data):
    path = os.path.join(folder, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return path


def goods(folder):
    return [write(folder, "good-a.txt", GOOD_A), write(folder, "good-b.txt", GOOD_B)]


def hostile_file(name, data, ext="txt", contains=None, pdf=False, versions=None):
    """A case whose hostile part is one file NAME.EXT holding data (bytes, or a function of the folder)."""

    def make(folder):
        payload = data(folder) if callable(data) else data
        path = write(folder, f"{name}.{ext}", payload)
        spec = {"paths": goods(folder) + [path], "hostile": [path]}
        if contains:
            spec["contains"] = contains
        if versions is not None:
            spec["versions"] = versions
        return spec

    return make


def add(name, expect, data, ext="txt", contains=None, pdf=False):
    CASES.append(Case(name, expect, hostile_file(name, data, ext, contains), pdf))


def rnd(seed, n):
    return random.Random(seed).randbytes(n)


def html_page(body, head=""):
    return f"<!DOCTYPE html><html><head><meta charset=utf-8>{head}<title>Ferry returns</title></head><body>{body}</body></html>"


def as_html(text):
    return html_page("".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip()))


def as_markdown(text):
    lines = [line for line in text.splitlines() if line.strip()]
    return "# " + lines[0] + "\n\n" + "\n\n".join(lines[1:]) + "\n"


FORMATS = {"txt": lambda t: t, "md": as_markdown, "html": as_html}


# The cases register themselves in CASES when their modules are imported (after the helpers above exist).
import content_cases  # noqa: E402,F401
import attack_cases  # noqa: E402,F401
import path_cases  # noqa: E402,F401
import document_cases  # noqa: E402,F401
