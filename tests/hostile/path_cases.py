# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile paths: file names, links, devices, FIFOs, sockets, folders, permissions, output paths and --base
(helpers in cases.py)."""

import os
import socket
import stat

from cases import (CASES, EITHER, FAILS, GOOD_A, GOOD_B, LOADS, MARKER, REFUSED_BASE, REFUSED_OUTPUT, THIRD, Case,
                   as_html, goods, html_page, write)
# --- Names -------------------------------------------------------------------------------------------


def folder_with_name(tag, raw_name):
    """Good files in a folder with one oddly named article among them; the folder is compared, so a name
    that breaks the listing would drop the files listed after it."""

    def make(folder):
        d = os.path.join(folder, "articles")
        os.mkdir(d)
        paths = [write(d, "a-good.txt", GOOD_A), write(d, "z-good.txt", GOOD_B)]
        odd = os.path.join(d.encode(), raw_name)
        with open(odd, "wb") as f:
            f.write(THIRD.encode())
        # Files listed after it must still come (names sort after the odd one).
        paths.append(write(d, "zz-after.txt", THIRD.replace("returns", "is back")))
        return {"paths": [d], "hostile": [odd], "versions": 4, "tag": tag, "folder_entries": paths}

    return make


for tag, raw in (
    ("name-latin1-byte", b"name-latin1-byte-x\xe9.txt"),
    ("name-invalid-utf8-seq", b"name-invalid-utf8-seq-\xff\xfe.txt"),
    ("name-escape-sequence", b"name-escape-sequence-\x1b[31mred\x1b[0m.txt"),
    ("name-newline", b"name-newline-a\nb.txt"),
    ("name-carriage-return", b"name-carriage-return-a\rb.txt"),
    ("name-bell-and-backspace", b"name-bell-and-backspace-\x07\x08.txt"),
    ("name-very-long", b"name-very-long-" + b"l" * 230 + b".txt"),
    ("name-spaces", b"name-spaces-   .txt"),
    ("name-glob-characters", b"name-glob-characters-*?[].txt"),
    ("name-nfd", "name-nfd-Zu\u0308rich.txt".encode()),
    ("name-rlo", "name-rlo-\u202etxt.exe.txt".encode()),
    ("name-uppercase-ext", b"name-uppercase-ext.TXT"),
):
    CASES.append(Case(tag, LOADS, folder_with_name(tag, raw)))


def leading_dash(folder):
    path = write(folder, "-name-leading-dash.txt", THIRD)
    return {"paths": goods(folder) + ["--", "-name-leading-dash.txt"], "hostile": [path], "cwd": folder,
            "contains": MARKER}


CASES.append(Case("name-leading-dash", LOADS, leading_dash))


def hidden_name(folder):
    path = write(folder, ".txt", THIRD)
    return {"paths": goods(folder) + [path], "hostile": [path], "contains": MARKER}


CASES.append(Case("name-only-extension", EITHER, hidden_name))

# --- Links -------------------------------------------------------------------------------------------


def link_case(kind):
    def make(folder):
        g = goods(folder)
        link = os.path.join(folder, f"link-{kind}.txt")
        spec = {"paths": g + [link], "hostile": [link]}
        if kind == "loop":
            spec["message_not"] = "does not exist"  # a loop is a loop, not a missing file
            os.symlink(os.path.join(folder, "link-loop-b.txt"), link)
            os.symlink(link, os.path.join(folder, "link-loop-b.txt"))
        elif kind == "self":
            os.symlink(link, link)
        elif kind == "dangling":
            os.symlink(os.path.join(folder, "nowhere.txt"), link)
        elif kind == "chain":
            target = write(folder, "chain-end.txt", THIRD)
            prev = target
            for i in range(60):
                nxt = os.path.join(folder, f"chain-{i}.txt")
                os.symlink(prev, nxt)
                prev = nxt
            os.symlink(prev, link)
        elif kind in ("dev-zero", "dev-urandom", "dev-null", "dev-full"):
            os.symlink("/dev/" + kind[4:], link)
        elif kind == "fifo":
            fifo = os.path.join(folder, "the-fifo")
            os.mkfifo(fifo)
            os.symlink(fifo, link)
        elif kind == "folder":
            d = os.path.join(folder, "linked-folder")
            os.mkdir(d)
            write(d, "c-third.txt", THIRD)
            os.symlink(d, link)
            # The link is read as the folder it names: its article is the third version.
            spec = {"paths": g + [link], "hostile": [], "versions": 3}
        elif kind == "same-file-twice":
            # One file through two links: compared once.
            target = write(folder, "third.txt", THIRD)
            other = os.path.join(folder, "link-same-other.txt")
            os.symlink(target, link)
            os.symlink(target, other)
            spec = {"paths": g + [target, link, other], "hostile": [], "versions": 3, "exit_ok": (0, 2)}
        elif kind == "folder-loop":
            d = os.path.join(folder, "loopdir")
            os.mkdir(d)
            write(d, "c-third.txt", THIRD)
            os.symlink(d, os.path.join(d, "again"))
            os.symlink(d, link)
            spec = {"paths": g + [d], "hostile": [], "versions": 3}
        return spec

    return make


for kind, expect in (("loop", FAILS), ("self", FAILS), ("dangling", FAILS), ("chain", EITHER),
                     ("dev-zero", FAILS), ("dev-urandom", FAILS), ("dev-null", FAILS), ("dev-full", FAILS),
                     ("fifo", FAILS), ("folder", LOADS), ("same-file-twice", LOADS), ("folder-loop", LOADS)):
    CASES.append(Case(f"link-{kind}", expect, link_case(kind)))

# --- Devices, FIFOs, sockets -------------------------------------------------------------------------

for dev in ("zero", "urandom", "null", "full", "random"):
    CASES.append(Case(f"device-{dev}", FAILS, lambda f, dev=dev: {"paths": goods(f) + ["/dev/" + dev], "hostile": ["/dev/" + dev]}))
CASES.append(Case("device-stdin", FAILS, lambda f: {"paths": goods(f) + ["/dev/stdin"], "hostile": ["/dev/stdin"], "stdin": "zero"}))
CASES.append(Case("device-proc-self-mem", FAILS, lambda f: {"paths": goods(f) + ["/proc/self/mem"], "hostile": ["/proc/self/mem"]}))
CASES.append(Case("device-proc-file", EITHER, lambda f: {"paths": goods(f) + ["/proc/version"], "hostile": ["/proc/version"]}))


def fifo_case(in_folder):
    def make(folder):
        if in_folder:
            d = os.path.join(folder, "articles")
            os.mkdir(d)
            write(d, "a.txt", GOOD_A)
            write(d, "b.txt", GOOD_B)
            fifo = os.path.join(d, "c-fifo.txt")
            os.mkfifo(fifo)
            return {"paths": [d], "hostile": [fifo], "versions": 2}
        fifo = os.path.join(folder, "fifo.txt")
        os.mkfifo(fifo)
        return {"paths": goods(folder) + [fifo], "hostile": [fifo]}

    return make


CASES.append(Case("fifo-argument", FAILS, fifo_case(False)))
CASES.append(Case("fifo-in-folder", FAILS, fifo_case(True)))


def socket_case(folder):
    path = os.path.join(folder, "socket.txt")
    s = socket.socket(socket.AF_UNIX)
    s.bind(path)
    s.close()
    return {"paths": goods(folder) + [path], "hostile": [path]}


CASES.append(Case("socket-argument", FAILS, socket_case))


def folder_case(kind):
    def make(folder):
        d = os.path.join(folder, f"folder-{kind}")
        os.mkdir(d)
        if kind == "no-articles":
            write(d, "image.png", b"\x89PNG\r\n")
        elif kind == "deep":
            sub = d
            for i in range(200):
                sub = os.path.join(sub, "d")
                os.mkdir(sub)
            write(sub, "c.txt", THIRD)
        return {"paths": goods(folder) + [d], "hostile": [d]}

    return make


CASES.append(Case("folder-empty", FAILS, folder_case("empty")))
CASES.append(Case("folder-no-articles", FAILS, folder_case("no-articles")))
CASES.append(Case("folder-deep", FAILS, folder_case("deep")))  # folders are read one level deep
CASES.append(Case("path-missing", FAILS, lambda f: {"paths": goods(f) + [os.path.join(f, "missing.txt")], "hostile": [os.path.join(f, "missing.txt")]}))
CASES.append(Case("path-trailing-slash-file", FAILS, lambda f: {"paths": goods(f) + [write(f, "c.txt", THIRD) + "/"], "hostile": [os.path.join(f, "c.txt") + "/"]}))

# --- Unreadable (run as nobody: root reads anything) -------------------------------------------------


def unreadable(kind):
    def make(folder):
        g = goods(folder)
        if kind == "file":
            path = write(folder, "locked.txt", THIRD)
            os.chmod(path, 0)
        else:
            path = os.path.join(folder, "locked-folder")
            os.mkdir(path)
            write(path, "c.txt", THIRD)
            os.chmod(path, 0o311 if kind == "folder-unlistable" else 0)
        return {"paths": g + [path], "hostile": [path], "as_nobody": True}

    return make


for kind in ("file", "folder", "folder-unlistable"):
    CASES.append(Case(f"unreadable-{kind}", FAILS, unreadable(kind)))

# --- Output paths ------------------------------------------------------------------------------------


def output_case(kind):
    def make(folder):
        g = goods(folder)
        spec = {"paths": g, "hostile": []}
        if kind == "char-device":
            # A null device of our own (the real /dev/null is not put at risk): replacing it with a regular
            # file is what must not happen.
            target = os.path.join(folder, "null-device")
            os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        elif kind == "input":
            target = g[0]
        elif kind == "link-to-input":
            target = os.path.join(folder, "link-to-input.json")
            os.symlink(g[1], target)
        elif kind == "hardlink-to-input":
            target = os.path.join(folder, "hardlink.json")
            os.link(g[1], target)
        elif kind == "folder":
            target = os.path.join(folder, "out-folder")
            os.mkdir(target)
        elif kind == "missing-folder":
            target = os.path.join(folder, "no-such-folder", "report.json")
        elif kind == "fifo":
            target = os.path.join(folder, "out-fifo")
            os.mkfifo(target)
        elif kind == "input-in-folder":
            d = os.path.join(folder, "articles")
            os.mkdir(d)
            spec["paths"] = [d]
            write(d, "a.txt", GOOD_A)
            target = write(d, "b.txt", GOOD_B)
        spec["output"] = target
        return spec

    return make


for kind in ("char-device", "input", "link-to-input", "hardlink-to-input", "folder", "missing-folder", "fifo",
             "input-in-folder"):
    CASES.append(Case(f"output-json-{kind}", REFUSED_OUTPUT, output_case(kind)))
    if kind in ("char-device", "input", "folder", "fifo"):
        CASES.append(Case(f"output-pdf-{kind}", REFUSED_OUTPUT, output_case(kind)))


def output_overwrite(folder):
    target = write(folder, "old-report.json", "old")
    return {"paths": goods(folder), "hostile": [], "overwrite": target, "versions": 2}


CASES.append(Case("output-json-existing-file", LOADS, output_overwrite))

# --- The base ----------------------------------------------------------------------------------------


def base_case(kind):
    def make(folder):
        g = goods(folder)
        if kind == "unknown":
            return {"paths": g, "hostile": [], "args": ["--base", "No Such Outlet"], "base": "No Such Outlet"}
        # Two pages of the same outlet: its name matches both.
        page = '<meta property="og:site_name" content="Twin Gazette">'
        a = write(folder, "twin-1.html", html_page(as_html(GOOD_A)[as_html(GOOD_A).index("<body>") + 6 :], page))
        b = write(folder, "twin-2.html", html_page(as_html(GOOD_B)[as_html(GOOD_B).index("<body>") + 6 :], page))
        return {"paths": [a, b], "hostile": [], "args": ["--base", "Twin Gazette"], "base": "Twin Gazette"}

    return make


CASES.append(Case("base-unknown", REFUSED_BASE, base_case("unknown")))
CASES.append(Case("base-ambiguous", REFUSED_BASE, base_case("ambiguous")))
