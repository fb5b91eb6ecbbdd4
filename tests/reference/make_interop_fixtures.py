#!/usr/bin/python3
"""Writes the interchange fixtures in tests/core/data/interop/ with networkx (Debian's
python3-networkx 2.8): classic data sets as GraphML, GEXF, Pajek and CSV edge lists, exactly as
networkx writes them, plus expected.json with the counts and a few attribute values the C++ tests
(tests/core/InteropFixturesFormatTest.cpp) compare against.

Run from the repository root:  /usr/bin/python3 tests/reference/make_interop_fixtures.py
The outputs are committed; rerun only when networkx changes or a fixture is added.
"""
import csv
import json
import os

import networkx as nx

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core", "data", "interop")


def write_csv_edgelist(G, path, weight=True):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["source", "target", "weight"] if weight else ["source", "target"])
        for u, v, d in G.edges(data=True):
            w.writerow([u, v, d.get("weight", 1)] if weight else [u, v])


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = {"networkx": nx.__version__, "graphs": {}}

    karate = nx.karate_club_graph()
    karate.graph["name"] = "Zachary's karate club"
    florentine = nx.florentine_families_graph()
    lesmis = nx.les_miserables_graph()
    davis = nx.davis_southern_women_graph()
    davis.graph.clear()  # its "top" and "bottom" node lists are not GraphML values
    davis.graph["name"] = "Davis southern women"

    # A small directed graph with every attribute type networkx writes, positions and a multi-edge.
    typed = nx.MultiDiGraph(name="typed")
    typed.add_node("hf", label="Hospital trust", kind="organization", beds=612, share=0.25, public=True, x=10.0, y=-20.5)
    typed.add_node("pko", label="Practice consultant", kind="role", organization="hf", x=0.0, y=1.0)
    typed.add_node("gp", label="GP", kind="role", x=3.5, y=4.0)
    typed.add_edge("pko", "gp", weight=2.0, kind="collaborates")
    typed.add_edge("pko", "gp", weight=1.0, kind="collaborates")
    typed.add_edge("gp", "pko", weight=0.5)

    # Nodes and edges that live in intervals (GEXF spells from start/end data).
    dynamic = nx.Graph()
    dynamic.add_node("a", start="2013-01-01", end="2014-06-30")
    dynamic.add_node("b", start="2013-01-01", end="2014-06-30")
    dynamic.add_node("c", start="2014-07-01")
    dynamic.add_node("d")
    dynamic.add_edge("a", "b", start="2013-01-01", end="2014-06-30")
    dynamic.add_edge("b", "c")
    dynamic.add_edge("c", "d")

    graphs = {"karate": karate, "florentine": florentine, "lesmis": lesmis, "davis": davis, "typed": typed}
    for name, G in graphs.items():
        nx.write_graphml(G, os.path.join(OUT, name + ".graphml"))
        nx.write_gexf(G, os.path.join(OUT, name + ".gexf"))
        expected["graphs"][name] = {
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "directed": G.is_directed(),
            "first_node": str(next(iter(G.nodes))),
        }
    for name in ("karate", "florentine", "lesmis"):
        G = graphs[name]
        nx.write_pajek(G, os.path.join(OUT, name + ".net"))
        write_csv_edgelist(G, os.path.join(OUT, name + ".csv"), weight=name != "florentine")
    nx.write_gexf(dynamic, os.path.join(OUT, "dynamic.gexf"))
    expected["graphs"]["dynamic"] = {"nodes": 4, "edges": 3, "directed": False, "first_node": "a"}

    expected["karate_club_of_node_0"] = karate.nodes[0]["club"]
    expected["karate_weight_0_1"] = karate.edges[0, 1]["weight"]
    expected["lesmis_weight_Napoleon_Myriel"] = lesmis.edges["Napoleon", "Myriel"]["weight"]
    expected["karate_degree_0"] = karate.degree(0)
    expected["florentine_degree_Medici"] = florentine.degree("Medici")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
