#!/usr/bin/python3
"""Checks that networkx reads what `orgweave convert` writes: for every sample, the GraphML, GEXF,
Pajek and CSV files give networkx the same nodes, the same number of ties and the same attributes
(kind, label, type, organization, weight) as the sample document.

Usage: check_written_by_orgweave.py ORGWEAVE_BINARY SAMPLES_DIR
Exit status: 0 all good, 1 a mismatch (printed), 77 python3-networkx is missing (ctest: skipped).
Run by ctest as "reference: networkx reads what orgweave writes"; needs Debian's /usr/bin/python3
with python3-networkx (scripts/install-deps.sh installs it).
"""
import csv
import json
import os
import subprocess
import sys
import tempfile

try:
    import networkx as nx
except ImportError:
    print("SKIP: python3-networkx is not installed (scripts/install-deps.sh installs it)")
    sys.exit(77)

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def expected_of(sample):
    with open(sample, encoding="utf-8") as f:
        doc = json.load(f)
    return doc["nodes"], doc["ties"]


def check_graph(G, nodes, ties, where, label_key="label", edge_kind=True):
    check(sorted(map(str, G.nodes)) == sorted(n["id"] for n in nodes), f"{where}: node ids differ")
    check(G.number_of_edges() == len(ties), f"{where}: {G.number_of_edges()} edges, expected {len(ties)}")
    for n in nodes:
        data = G.nodes.get(n["id"], {})
        check(data.get("kind") == n["kind"], f"{where}: node {n['id']} kind {data.get('kind')!r}, expected {n['kind']!r}")
        if n.get("label"):
            check(data.get(label_key) == n["label"], f"{where}: node {n['id']} label {data.get(label_key)!r}")
        for field in ("type", "organization"):
            if n.get(field):
                check(data.get(field) == n[field], f"{where}: node {n['id']} {field} {data.get(field)!r}")
    if not edge_kind:
        return
    seen = {}
    for u, v, data in G.edges(data=True):
        seen.setdefault((str(u), str(v)), []).append(data)
        if not G.is_directed():
            seen.setdefault((str(v), str(u)), []).append(data)
    for t in ties:
        options = seen.get((t["source"], t["target"]), [])
        match = [d for d in options if d.get("kind") == t["kind"] and d.get("weight", None) == t.get("weight", d.get("weight", None))]
        check(bool(match), f"{where}: tie {t['id']} ({t['source']} -> {t['target']}, {t['kind']}) not found with its kind and weight")


def main():
    binary, samples = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="orgweave-nx-") as out:
        for name in sorted(os.listdir(samples)):
            if not name.endswith(".orgweave.json"):
                continue
            sample = os.path.join(samples, name)
            stem = name[: -len(".orgweave.json")]
            nodes, ties = expected_of(sample)
            for ext in (".graphml", ".gexf", ".net", ".csv"):
                target = os.path.join(out, stem + ext)
                run = subprocess.run([binary, "convert", sample, target], capture_output=True, text=True)
                check(run.returncode == 0, f"orgweave convert {name} {ext}: exit {run.returncode}: {run.stderr}")
            check_graph(nx.read_graphml(os.path.join(out, stem + ".graphml"), force_multigraph=True), nodes, ties,
                        stem + ".graphml")
            check_graph(nx.read_gexf(os.path.join(out, stem + ".gexf")), nodes, ties, stem + ".gexf")
            pajek = nx.read_pajek(os.path.join(out, stem + ".net"))
            # Pajek vertices are named by their labels (as Pajek users expect; ids ride in comments).
            labels = sorted({n.get("label") or n["id"] for n in nodes})
            check(sorted(set(pajek.nodes)) == labels, f"{stem}.net: vertex names differ from the labels")
            check(pajek.number_of_edges() == len(ties), f"{stem}.net: {pajek.number_of_edges()} edges, expected {len(ties)}")
            G = nx.MultiDiGraph()
            with open(os.path.join(out, stem + ".nodes.csv"), encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    G.add_node(row["id"], **{k: v for k, v in row.items() if v and k != "id"})
            with open(os.path.join(out, stem + ".csv"), encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    data = {k: v for k, v in row.items() if v and k not in ("source", "target")}
                    if "weight" in data:
                        data["weight"] = float(data["weight"])
                    G.add_edge(row["source"], row["target"], **data)
            check_graph(G, nodes, ties, stem + ".csv")
    for f in failures:
        print("FAIL:", f)
    print(f"checked {len(failures) == 0 and 'all' or 'not all'} samples; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
