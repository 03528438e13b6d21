"""Generate the networkx reference values pinned in karate.networkx.json and small.networkx.json.

Run once, by hand, from the repository root:

    python3 test/metrics/network/gen_reference.py

The tests never call Python: they read the pinned JSON. Every value records the exact networkx
call that produced it (see each file's "_provenance").
"""
import json
import math
import sys
from pathlib import Path

import networkx as nx
import numpy
import scipy

OUT = Path(__file__).resolve().parent

# Zachary's karate club, the standard 78 undirected edges (same list as karate.ts), unweighted.
KARATE_EDGES = [
    (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12),
    (0, 13), (0, 17), (0, 19), (0, 21), (0, 31), (1, 2), (1, 3), (1, 7), (1, 13), (1, 17),
    (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28),
    (2, 32), (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16),
    (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32), (14, 33), (15, 32), (15, 33),
    (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27),
    (23, 29), (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29), (26, 33),
    (27, 33), (28, 31), (28, 33), (29, 32), (29, 33), (30, 32), (30, 33), (31, 32), (31, 33),
    (32, 33),
]

# A small weighted directed graph (same as in small.test.ts, read from the JSON by the tests).
SMALL_NODES = {
    "b1": "business", "b2": "business", "a1": "association", "u1": "agency",
    "u2": "agency", "p": "page", "i1": "individual",
}
SMALL_EDGES = [
    ("b1", "a1", 3), ("b2", "a1", 1), ("a1", "u1", 2), ("a1", "u2", 1), ("u1", "a1", 1),
    ("u1", "p", 2), ("p", "u1", 1), ("p", "b1", 1), ("b2", "u2", 4), ("u2", "p", 1),
    ("b1", "b2", 1), ("p", "i1", 2), ("a1", "b1", 1),
]
SMALL_PARTITION = {"b1": 0, "b2": 0, "a1": 0, "u1": 1, "u2": 1, "p": 1, "i1": 1}


def keyed(d):
    return {str(k): (None if isinstance(v, float) and math.isnan(v) else float(v)) for k, v in sorted(d.items(), key=lambda kv: str(kv[0]))}


def close(a, b, tol=1e-9):
    return all(abs(a[k] - b[k]) <= tol or (math.isnan(a[k]) and math.isnan(b[k])) for k in a)


def karate():
    G = nx.Graph()
    G.add_nodes_from(range(34))
    G.add_edges_from(KARATE_EDGES)
    assert G.number_of_edges() == 78
    assert set(map(frozenset, G.edges())) == set(map(frozenset, nx.karate_club_graph().edges()))
    D = G.to_directed()  # both directions, as the TypeScript test models it

    values = {
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "pagerank": nx.pagerank(G),
        "pagerank_tight": nx.pagerank(G, tol=1e-13, max_iter=10000),
        "eigenvector": nx.eigenvector_centrality(G),
        "eigenvector_tight": nx.eigenvector_centrality(G, tol=1e-13, max_iter=10000),
        "eigenvector_numpy": nx.eigenvector_centrality_numpy(G),
        "core_number": nx.core_number(G),
        "constraint": nx.constraint(G),
        "effective_size": nx.effective_size(G),
    }
    hubs, auths = nx.hits(G)
    values["hits_hubs"] = hubs
    values["hits_authorities"] = auths

    # The directed model gives the same numbers (checked here, not assumed in the tests).
    assert close(nx.betweenness_centrality(D), values["betweenness"])
    assert close(nx.closeness_centrality(D), values["closeness"])
    assert close(nx.harmonic_centrality(D), values["harmonic"])
    assert close(nx.pagerank(D), values["pagerank"])
    assert close(nx.eigenvector_centrality(D), values["eigenvector"])
    assert close(nx.constraint(D), values["constraint"])
    assert close(nx.effective_size(D), values["effective_size"])

    best = max(
        nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(100)
    )
    return {
        "_provenance": {
            "generator": "test/metrics/network/gen_reference.py",
            "python": sys.version.split()[0],
            "networkx": nx.__version__,
            "numpy": numpy.__version__,
            "scipy": scipy.__version__,
            "graph": "G = nx.Graph(KARATE_EDGES) (unweighted, 34 nodes, 78 edges, equal to nx.karate_club_graph() without its weights); D = G.to_directed() gives the same values (asserted)",
            "calls": {
                "betweenness": "nx.betweenness_centrality(G)",
                "closeness": "nx.closeness_centrality(G)",
                "harmonic": "nx.harmonic_centrality(G)",
                "pagerank": "nx.pagerank(G)",
                "pagerank_tight": "nx.pagerank(G, tol=1e-13, max_iter=10000)",
                "eigenvector": "nx.eigenvector_centrality(G)",
                "eigenvector_tight": "nx.eigenvector_centrality(G, tol=1e-13, max_iter=10000)",
                "eigenvector_numpy": "nx.eigenvector_centrality_numpy(G)",
                "core_number": "nx.core_number(G)",
                "constraint": "nx.constraint(G)",
                "effective_size": "nx.effective_size(G)",
                "hits_hubs": "nx.hits(G)[0]",
                "hits_authorities": "nx.hits(G)[1]",
                "louvain_best_modularity": "max(nx.community.modularity(G, nx.community.louvain_communities(G, seed=s)) for s in range(100))",
            },
        },
        "edges": [list(e) for e in KARATE_EDGES],
        "louvain_best_modularity": best,
        "values": {name: keyed(d) for name, d in values.items()},
    }


def small():
    G = nx.DiGraph()
    for node, kind in SMALL_NODES.items():
        G.add_node(node, kind=kind)
    G.add_weighted_edges_from(SMALL_EDGES)
    # Undirected projection with the weights of both directions summed.
    U = nx.Graph()
    U.add_nodes_from(G)
    for u, v, w in SMALL_EDGES:
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    hubs, auths = nx.hits(G)
    values = {
        "pagerank": nx.pagerank(G, weight="weight"),
        "pagerank_tight": nx.pagerank(G, weight="weight", tol=1e-13, max_iter=10000),
        "betweenness": nx.betweenness_centrality(G),
        "closeness": nx.closeness_centrality(G),
        "harmonic": nx.harmonic_centrality(G),
        "eigenvector": nx.eigenvector_centrality(G, weight="weight"),
        "eigenvector_tight": nx.eigenvector_centrality(G, weight="weight", tol=1e-13, max_iter=10000),
        "hits_hubs": hubs,
        "hits_authorities": auths,
        "constraint": nx.constraint(G, weight="weight"),
        "effective_size": nx.effective_size(G, weight="weight"),
        "core_number": nx.core_number(nx.Graph(G.to_undirected())),
    }
    communities = [{n for n, c in SMALL_PARTITION.items() if c == k} for k in (0, 1)]
    return {
        "_provenance": {
            "generator": "test/metrics/network/gen_reference.py",
            "python": sys.version.split()[0],
            "networkx": nx.__version__,
            "numpy": numpy.__version__,
            "scipy": scipy.__version__,
            "graph": "G = nx.DiGraph(); G.add_weighted_edges_from(edges) (weight = interaction count); U = undirected projection, weights of both directions summed",
            "calls": {
                "pagerank": "nx.pagerank(G, weight='weight')",
                "pagerank_tight": "nx.pagerank(G, weight='weight', tol=1e-13, max_iter=10000)",
                "betweenness": "nx.betweenness_centrality(G)",
                "closeness": "nx.closeness_centrality(G)",
                "harmonic": "nx.harmonic_centrality(G)",
                "eigenvector": "nx.eigenvector_centrality(G, weight='weight')",
                "eigenvector_tight": "nx.eigenvector_centrality(G, weight='weight', tol=1e-13, max_iter=10000)",
                "hits_hubs": "nx.hits(G)[0]",
                "hits_authorities": "nx.hits(G)[1]",
                "constraint": "nx.constraint(G, weight='weight')",
                "effective_size": "nx.effective_size(G, weight='weight')",
                "core_number": "nx.core_number(nx.Graph(G.to_undirected()))",
                "density": "nx.density(G)",
                "reciprocity": "nx.overall_reciprocity(G)",
                "modularity": "nx.community.modularity(U, [partition blocks], weight='weight')",
            },
        },
        "nodes": SMALL_NODES,
        "edges": [list(e) for e in SMALL_EDGES],
        "partition": SMALL_PARTITION,
        "density": nx.density(G),
        "reciprocity": nx.overall_reciprocity(G),
        "modularity": nx.community.modularity(U, communities, weight="weight"),
        "values": {name: keyed(d) for name, d in values.items()},
    }


if __name__ == "__main__":
    for name, data in (("karate", karate()), ("small", small())):
        path = OUT / f"{name}.networkx.json"
        path.write_text(json.dumps(data, indent=1, sort_keys=False) + "\n")
        print("wrote", path)
