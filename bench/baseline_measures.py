#!/usr/bin/python3
"""Times betweenness + closeness in python-igraph or networkx on a graph from orgweave-bench-generate.

Run with Debian's /usr/bin/python3 (python3-igraph, python3-networkx). The graph is read from
PREFIX.nodes.csv (`id,organization`, every role, isolates included, in node order) and
PREFIX.edges.csv (`source,target`): the same simple undirected graph that `orgweave analyze
--lens people` sees in PREFIX.orgweave.json. Loading is not timed; each measure is timed with
time.perf_counter around the library call alone:

  igraph:    g.betweenness(directed=False), g.closeness()            (C, one thread)
  networkx:  nx.betweenness_centrality(G), nx.closeness_centrality(G) (pure Python)

Prints one JSON object on stdout: library, version, nodes, ties, load_s, betweenness_s,
closeness_s, total_s (= betweenness_s + closeness_s, wall), cpu_s (the same two calls in CPU time,
time.process_time), peak_rss_kib (of this process).
--dump FILE writes the scores as {"betweenness": {id: v}, "closeness": {id: v}} in networkx's
conventions (betweenness normalized by (n-1)(n-2)/2; closeness Wasserman-Faust) so that
run_measures.sh can compare them with orgweave's (networkx only: igraph's closeness differs on
disconnected graphs).
"""

import argparse
import csv
import json
import resource
import sys
import time


def read_graph(nodes_csv, edges_csv):
    with open(nodes_csv, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        ids = [row[0] for row in rows if row]
    index = {node_id: i for i, node_id in enumerate(ids)}
    with open(edges_csv, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        edges = [(index[row[0]], index[row[1]]) for row in rows if row]
    return ids, edges


def run_igraph(ids, edges):
    import igraph

    start = time.perf_counter()
    g = igraph.Graph(n=len(ids), edges=edges, directed=False)
    g.simplify()
    load = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    g.betweenness(directed=False)  # scores are not dumped for igraph; see the module docstring
    betweenness_s, betweenness_cpu = time.perf_counter() - start, time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    g.closeness()
    closeness_s, closeness_cpu = time.perf_counter() - start, time.process_time() - cpu

    info = {"library": "python-igraph", "version": igraph.__version__, "nodes": g.vcount(),
            "ties": g.ecount(), "load_s": load, "betweenness_s": betweenness_s,
            "closeness_s": closeness_s, "cpu_s": betweenness_cpu + closeness_cpu}
    return info, None


def run_networkx(ids, edges):
    import networkx as nx

    start = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(len(ids)))
    G.add_edges_from(edges)
    load = time.perf_counter() - start

    start, cpu = time.perf_counter(), time.process_time()
    betweenness = nx.betweenness_centrality(G)
    betweenness_s, betweenness_cpu = time.perf_counter() - start, time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    closeness = nx.closeness_centrality(G)
    closeness_s, closeness_cpu = time.perf_counter() - start, time.process_time() - cpu

    info = {"library": "networkx", "version": nx.__version__, "nodes": G.number_of_nodes(),
            "ties": G.number_of_edges(), "load_s": load, "betweenness_s": betweenness_s,
            "closeness_s": closeness_s, "cpu_s": betweenness_cpu + closeness_cpu}
    scores = {"betweenness": {ids[v]: s for v, s in betweenness.items()},
              "closeness": {ids[v]: s for v, s in closeness.items()}}
    return info, scores


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", choices=["igraph", "networkx"])
    parser.add_argument("prefix", help="PREFIX of PREFIX.nodes.csv and PREFIX.edges.csv")
    parser.add_argument("--dump", help="write the scores (networkx only) to this JSON file")
    args = parser.parse_args()

    ids, edges = read_graph(args.prefix + ".nodes.csv", args.prefix + ".edges.csv")
    info, scores = (run_igraph if args.library == "igraph" else run_networkx)(ids, edges)
    info["total_s"] = info["betweenness_s"] + info["closeness_s"]
    info["peak_rss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if args.dump:
        if scores is None:
            sys.exit("--dump is only supported for networkx")
        with open(args.dump, "w", encoding="utf-8") as f:
            json.dump(scores, f)
    print(json.dumps(info))


if __name__ == "__main__":
    main()
