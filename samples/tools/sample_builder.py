"""Shared helpers of the sample generators (make_*.py): collect nodes, ties and positions, then
print the document as JSON on standard output. Each generator is then normalized by
`orgweave convert` into samples/*.orgweave.json (see samples/README.md)."""

import json
import sys

nodes = []
ties = []
positions = {}


def node(id, kind, type, label, at=None, phases=None, **fields):
    """Adds a node; `at` is its position (x, y) in points, `phases` limits it to some phases."""
    n = {"id": id, "kind": kind, "type": type, "label": label}
    n.update(fields)
    if phases:
        n["phases"] = list(phases)
    nodes.append(n)
    if at is not None:
        positions[id] = [float(at[0]), float(at[1])]
    return n


def tie(kind, source, target, phases=None, **fields):
    """Adds a tie with the next id t1, t2, …"""
    t = {"id": f"t{len(ties) + 1}", "kind": kind, "source": source, "target": target}
    t.update(fields)
    if phases:
        t["phases"] = list(phases)
    ties.append(t)
    return t


def leadership(level, authority, behaviors=(), capabilities=()):
    """The leadership object of a role (DOMAIN.md §2.3)."""
    value = {}
    if behaviors:
        value["behaviors"] = list(behaviors)
    if capabilities:
        value["capabilities"] = list(capabilities)
    value["level"] = level
    value["authority"] = authority
    return value


def emit(doc):
    """Checks that every node has a position and prints the document."""
    missing = [n["id"] for n in nodes if n["id"] not in positions]
    if missing:
        sys.exit("no position for: " + ", ".join(missing))
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
