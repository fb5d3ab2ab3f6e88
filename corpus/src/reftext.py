"""Reads the reference text fki-global-brief-16.txt into typed blocks.

Shared by the source generators of the alternative typesettings
(make-fodt.py for LibreOffice, make-2col-html.py for Chromium).
Block roles are read off the reference text itself:
  line 1                       title
  a block with TABs            table (first row is the header row)
  a block starting with "* "   source note
  a short block before a table caption of that table
  a short block before a note  figure caption (when no table precedes it)
  any other short block        section heading
  everything else              body paragraph
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "fki-global-brief-16.txt"
TITLE = "전기차부터 반도체까지, 가속화하는 일본-대만 산업협력"


def fail(msg):
    sys.exit(f"{Path(sys.argv[0]).name}: {msg}")


def blocks(text):
    out = [b.strip("\n") for b in text.split("\n\n") if b.strip()]
    for b in out:
        if "  " in b:
            fail(f"double space in block {b[:30]!r} would collapse in the typeset source")
    return out


def classify(bs):
    roles = []
    for i, b in enumerate(bs):
        nxt = bs[i + 1] if i + 1 < len(bs) else ""
        if i == 0:
            roles.append("title")
        elif "\t" in b:
            roles.append("table")
        elif b.startswith("* "):
            roles.append("note")
        elif len(b) < 45 and not b.endswith("."):
            if "\t" in nxt:
                roles.append("table-caption")
            elif nxt.startswith("* "):
                roles.append("figure-caption")
            else:
                roles.append("heading")
        else:
            roles.append("para")
    expected = {"title": 1, "table": 3, "table-caption": 3, "figure-caption": 1, "heading": 4}
    for r, n in expected.items():
        if roles.count(r) != n:
            fail(f"expected {n} x {r}, found {roles.count(r)}")
    return roles


def load():
    """(blocks, roles) of the reference text, checked."""
    bs = blocks(SRC.read_text(encoding="utf-8"))
    if bs[0] != TITLE:
        fail("the reference text no longer starts with the title")
    return bs, classify(bs)
