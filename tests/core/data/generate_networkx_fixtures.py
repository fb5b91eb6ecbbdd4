#!/usr/bin/python3
# Regenerates the networkx-*.graphml fixtures of GraphmlFormatTest.cpp (files written by networkx 2.8).
# Run from this folder with Debian's /usr/bin/python3 (python3-networkx 2.8.8).
import networkx as nx

# Undirected, typed node and edge attributes, graph name, key defaults, a self-loop.
G = nx.Graph(name="Typed attributes")
G.graph["node_default"] = {"org": "unknown"}
G.graph["edge_default"] = {"kind": "informal"}
G.add_node("a", label="Ann", age=41, score=0.75, active=True, org="hospital")
G.add_node("b", label="Bo", age=35, score=1.5, active=False, org="municipality")
G.add_node("c", label="Cy", age=29, score=-2.25, active=True)  # org comes from the default
G.add_node("d")  # nothing but the defaults
G.add_edge("a", "b", weight=2.5, kind="formal")
G.add_edge("b", "c", weight=1.0)
G.add_edge("c", "c", weight=3.0)  # self-loop: kept as a tie
G.add_edge("a", "d", weight=0.5)
nx.write_graphml(G, "networkx-typed.graphml")

# Directed, integer ids (written as strings), no attributes on edges.
D = nx.DiGraph()
D.add_edges_from([(1, 2), (2, 3), (3, 1), (3, 4), (4, 3)])
D.add_node(5)  # isolate
nx.write_graphml(D, "networkx-directed.graphml")

# Multigraph: parallel edges (networkx writes their keys as edge ids).
M = nx.MultiGraph()
M.add_edge("x", "y", key=0, weight=1)
M.add_edge("x", "y", key=1, weight=2)
M.add_edge("y", "z", key=0, weight=1)
nx.write_graphml(M, "networkx-multigraph.graphml")
print(nx.__version__)
