#!/usr/bin/python3
"""Reference values for orgweave's measures, computed by networkx 2.8 (DOMAIN.md §3).

Run by generate.sh with Debian's /usr/bin/python3 (python3-networkx 2.8.8); never with another
networkx: the conventions the tests pin down are networkx 2.8's. Writes, for each data set NAME,
into tests/reference/data/:

  NAME.graphml            the graph (nx.write_graphml; node ids are strings; node attributes as data)
  NAME.networkx.json      per-node measures and per-graph values (see README.md for every field)
  NAME.edges.csv          source,target (one line per edge; for undirected graphs one line per tie)
  NAME.partition.csv      node,group (only for data sets with a partition; node order = graph order)
  brokerage-inputs.csv    name,directed,partition_attribute: the data sets sna_brokerage.R reads

Floats are written with repr (shortest round-trip form, i.e. full precision). NaN (networkx's
value for undefined constraint/effective size) is written as null.
"""

import csv
import json
import math
import os
import platform
import sys

import networkx as nx
from networkx.algorithms.community import modularity
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data")

# networkx sums some measures (constraint) over sets; with Python's string hash randomization the
# summation order, and so the last bits of the floats, would change from run to run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable] + sys.argv)

if not nx.__version__.startswith("2.8"):
    sys.exit("generate_networkx.py needs networkx 2.8 (Debian's python3-networkx, run with "
             "/usr/bin/python3); found networkx %s at %s" % (nx.__version__, nx.__file__))


# ---- data sets ----------------------------------------------------------------------------------

KITE_NAMES = ["Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"]


def strip_edge_attributes(G):
    for _, _, data in G.edges(data=True):
        data.clear()
    return G


def kite():
    G = nx.relabel_nodes(nx.krackhardt_kite_graph(), str)
    for i, name in enumerate(KITE_NAMES):
        G.nodes[str(i)]["label"] = name
    return G, None


def karate():
    G = nx.relabel_nodes(nx.karate_club_graph(), str)
    strip_edge_attributes(G)  # networkx 2.8 adds a 'weight' (interaction count): analysed unweighted
    G.graph.clear()
    return G, "club"


def florentine():
    return nx.florentine_families_graph(), None


def lesmis():
    G = nx.les_miserables_graph()
    strip_edge_attributes(G)  # co-appearance weights dropped: analysed unweighted
    return G, None


def davis():
    G = nx.davis_southern_women_graph()
    G.graph.clear()  # 'top'/'bottom' node lists are not GraphML data
    return G, "bipartite"


def sbm():
    p = [[0.25 if i == j else 0.02 for j in range(4)] for i in range(4)]
    G = nx.stochastic_block_model([20, 30, 25, 15], p, seed=42)
    G.graph.clear()  # 'partition' (a list of sets) is not GraphML data
    G = nx.relabel_nodes(G, str)
    return G, "block"


def directed():
    G = nx.gnp_random_graph(30, 0.1, seed=3, directed=True)
    G = nx.relabel_nodes(G, str)
    for v in G:
        G.nodes[v]["group"] = "abc"[int(v) % 3]
    return G, "group"


DATA_SETS = [
    ("krackhardt_kite", kite),
    ("karate", karate),
    ("florentine", florentine),
    ("lesmis", lesmis),
    ("davis", davis),
    ("sbm", sbm),
    ("directed", directed),
]


# ---- measures -----------------------------------------------------------------------------------

def clean(value):
    """JSON-safe: NaN/inf → None; floats keep repr precision (json uses float.__repr__)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def undirected_simple_neighbors(G, v):
    """Neighbours of v in the undirected simple view: no self-loop, each neighbour once."""
    if G.is_directed():
        neigh = set(G.successors(v)) | set(G.predecessors(v))
    else:
        neigh = set(G.neighbors(v))
    neigh.discard(v)
    return neigh


def ei_values(G, attr):
    """Krackhardt & Stern E-I index on the undirected simple view (an arc u→v and v→u are one tie).

    node v:  E = neighbours in another group, I = neighbours in v's group; (E−I)/(E+I), None if E+I = 0.
    group g: E = ties with exactly one end in g, I = ties with both ends in g.
    network: E = ties between groups, I = ties within groups.
    """
    group = {v: G.nodes[v][attr] for v in G}
    nodes = {}
    for v in G:
        neigh = undirected_simple_neighbors(G, v)
        e = sum(1 for u in neigh if group[u] != group[v])
        i = len(neigh) - e
        nodes[v] = {"ei_index": (e - i) / (e + i) if e + i else None, "external_ties": e, "internal_ties": i}
    U = nx.Graph()
    U.add_nodes_from(G)
    U.add_edges_from((u, v) for u, v in G.edges() if u != v)
    groups = {}
    for g in sorted(set(group.values()), key=str):
        groups[str(g)] = {"size": sum(1 for v in G if group[v] == g), "internal_ties": 0, "external_ties": 0}
    net_e = net_i = 0
    for u, v in U.edges():
        if group[u] == group[v]:
            net_i += 1
            groups[str(group[u])]["internal_ties"] += 1
        else:
            net_e += 1
            groups[str(group[u])]["external_ties"] += 1
            groups[str(group[v])]["external_ties"] += 1
    for g in groups.values():
        e, i = g["external_ties"], g["internal_ties"]
        g["ei_index"] = (e - i) / (e + i) if e + i else None
    network = {"ei_index": (net_e - net_i) / (net_e + net_i) if net_e + net_i else None,
               "external_ties": net_e, "internal_ties": net_i}
    return nodes, groups, network


def measures(G, attr):
    U = G.to_undirected() if G.is_directed() else G
    per_node = {
        "degree_centrality": nx.degree_centrality(G),
        "betweenness_centrality": nx.betweenness_centrality(G, normalized=True),
        "closeness_centrality": nx.closeness_centrality(G),  # wf_improved=True (default)
        "harmonic_centrality": nx.harmonic_centrality(G),
        # converged values (DOMAIN.md §3): tol=1e-12, enough iterations to get there, weight=None
        "eigenvector_centrality": nx.eigenvector_centrality(G, max_iter=100000, tol=1e-12),
        # networkx 2.8's nx.pagerank needs scipy; _pagerank_python is the same iteration (same
        # stopping rule, dangling rank spread uniformly) without it
        "pagerank": _pagerank_python(G, alpha=0.85, weight=None, max_iter=100000, tol=1e-12),
        "clustering": nx.clustering(G),
        "constraint": nx.constraint(G),
        "effective_size": nx.effective_size(G),
    }
    if G.is_directed():
        per_node["in_degree_centrality"] = nx.in_degree_centrality(G)
        per_node["out_degree_centrality"] = nx.out_degree_centrality(G)

    nodes = {}
    for v in G:
        nodes[str(v)] = {name: clean(values[v]) for name, values in per_node.items()}
        nodes[str(v)]["degree"] = G.degree(v)
        if attr is not None:
            nodes[str(v)]["group"] = str(G.nodes[v][attr])

    components = (nx.number_weakly_connected_components(G) if G.is_directed()
                  else nx.number_connected_components(G))
    order = {v: i for i, v in enumerate(G)}
    network = {
        "density": nx.density(G),
        "components": components,
        "articulation_points": sorted((str(v) for v in nx.articulation_points(U)), key=lambda s: order[s]),
        "bridges": sorted(([str(a), str(b)] if order[a] < order[b] else [str(b), str(a)]
                           for a, b in nx.bridges(U)), key=lambda e: (order[e[0]], order[e[1]])),
    }
    groups = None
    if attr is not None:
        blocks = {}
        for v in G:
            blocks.setdefault(G.nodes[v][attr], set()).add(v)
        network["modularity"] = modularity(U, list(blocks.values()))
        ei_nodes, groups, ei_network = ei_values(G, attr)
        network.update(ei_network)
        for v, values in ei_nodes.items():
            nodes[str(v)].update(values)
    return nodes, network, groups


# ---- writing ------------------------------------------------------------------------------------

def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    for name, make in DATA_SETS:
        G, attr = make()
        nx.write_graphml(G, os.path.join(OUT, name + ".graphml"))
        nodes, network, groups = measures(G, attr)
        doc = {
            "generator": {
                "script": "tests/reference/generate_networkx.py",
                "networkx": nx.__version__,
                "python": platform.python_version(),
                "pagerank": "networkx.algorithms.link_analysis.pagerank_alg._pagerank_python (scipy not needed)",
            },
            "graph": {
                "name": name,
                "directed": G.is_directed(),
                "nodes": G.number_of_nodes(),
                "edges": G.number_of_edges(),
                "partition_attribute": attr,
            },
            "network": network,
        }
        if groups is not None:
            doc["groups"] = groups
        doc["nodes"] = nodes
        with open(os.path.join(OUT, name + ".networkx.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, indent=1, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        write_csv(os.path.join(OUT, name + ".edges.csv"), ["source", "target"],
                  ([str(u), str(v)] for u, v in G.edges()))
        if attr is not None:
            write_csv(os.path.join(OUT, name + ".partition.csv"), ["node", "group"],
                      ([str(v), str(G.nodes[v][attr])] for v in G))
            manifest.append([name, "TRUE" if G.is_directed() else "FALSE", attr])
        print("%-16s %4d nodes %5d edges%s" % (name, G.number_of_nodes(), G.number_of_edges(),
                                                 "  partition " + attr if attr else ""))
    write_csv(os.path.join(OUT, "brokerage-inputs.csv"), ["name", "directed", "partition_attribute"], manifest)


if __name__ == "__main__":
    main()
