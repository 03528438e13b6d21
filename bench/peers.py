"""The tools an analyst would pick instead, timed on the same graph as ours (bench/peers.mjs runs this).

    /usr/bin/python3 bench/peers.py edges.csv [--repeat 3] [--all-pairs-max-edges 20000]

edges.csv: a header `source,target,weight`, then one directed edge per line (integer node ids
0..n-1, weight = interaction count), or the `edges.csv` that `ddci-sna analyze` writes (its
source, target and weight columns). Prints one JSON object:
  {"python": "3.11.2", "tools": {"igraph": "0.10.2" | null, "networkx": "2.8.8" | null},
   "rows": [{"tool", "op", "wallMs", "cpuMs"} | {"tool", "op", "skipped": reason}]}
A tool that is not installed is null under "tools" (Debian: apt-get install python3-igraph
python3-networkx). Each op is the same computation as ours:
  pagerank     weighted (weight = strength), damping 0.85          igraph: PRPACK; networkx: scipy
  betweenness  directed, unweighted (hops), normalised             one run (it is the long one)
  louvain      one run on the undirected projection, weights summed
Times: best of --repeat runs (betweenness once when n·(n+m) ≥ 2e8, as bench/metrics.mjs does);
cpuMs is process CPU time (the figure to trust on a busy machine), wallMs is wall-clock time.
"""
import csv
import json
import platform
import sys
import time


def load(path):
    """The edges, and the node count. Two shapes: the bench's own list (header `source,target,weight`,
    node ids 0..n-1) and the `edges.csv` that `ddci-sna analyze` writes (a UTF-8 BOM, the columns
    found by name, actor ids as text: numbered 0..n-1 in order of first appearance)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = [h.strip() for h in next(rows)]
        try:
            s_at, t_at, w_at = (header.index(name) for name in ("source", "target", "weight"))
        except ValueError:
            raise SystemExit(f"{path}: expected the columns source, target and weight, got {header}")
        raw = [(r[s_at], r[t_at], float(r[w_at])) for r in rows if r]
    if header[:3] == ["source", "target", "weight"] and all(s.isdigit() and t.isdigit() for s, t, _ in raw):
        edges = [(int(s), int(t), w) for s, t, w in raw]
        return 1 + max((max(s, t) for s, t, _ in edges), default=-1), edges
    number = {}
    edges = [(number.setdefault(s, len(number)), number.setdefault(t, len(number)), w) for s, t, w in raw]
    return len(number), edges


def timed(fn, repeat):
    best_wall, best_cpu = float("inf"), float("inf")
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        best_wall = min(best_wall, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return round(best_wall * 1000, 3), round(best_cpu * 1000, 3)


def main(argv):
    path = argv[0]
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 3
    max_edges = int(argv[argv.index("--all-pairs-max-edges") + 1]) if "--all-pairs-max-edges" in argv else 20000
    n, edges = load(path)
    all_pairs_runs = repeat if n * (n + len(edges)) < 2e8 else 1
    out = {"python": platform.python_version(), "tools": {}, "rows": []}

    def row(tool, op, fn, runs=repeat):
        try:
            wall, cpu = timed(fn, runs)
            out["rows"].append({"tool": tool, "op": op, "wallMs": wall, "cpuMs": cpu})
        except Exception as e:  # a tool's failure is a row, not the end of the benchmark
            out["rows"].append({"tool": tool, "op": op, "skipped": f"failed: {e}"[:120]})

    try:
        import igraph as ig

        out["tools"]["igraph"] = ig.__version__
        g = ig.Graph(n=n, edges=[(s, t) for s, t, _ in edges], directed=True)
        g.es["weight"] = [w for _, _, w in edges]
        u = g.as_undirected(combine_edges="sum")
        row("igraph", "pagerank", lambda: g.pagerank(weights="weight", damping=0.85))
        row("igraph", "betweenness", lambda: g.betweenness(directed=True), all_pairs_runs)
        row("igraph", "louvain (1 run)", lambda: u.community_multilevel(weights="weight"))
    except ImportError:
        out["tools"]["igraph"] = None

    try:
        import networkx as nx

        out["tools"]["networkx"] = nx.__version__
        d = nx.DiGraph()
        d.add_nodes_from(range(n))
        d.add_weighted_edges_from(edges)
        und = nx.Graph()
        und.add_nodes_from(range(n))
        for s, t, w in edges:
            if und.has_edge(s, t):
                und[s][t]["weight"] += w
            else:
                und.add_edge(s, t, weight=w)
        row("networkx", "pagerank", lambda: nx.pagerank(d, alpha=0.85, weight="weight", tol=1e-10, max_iter=1000))
        if len(edges) <= max_edges:
            row("networkx", "betweenness", lambda: nx.betweenness_centrality(d, normalized=True), all_pairs_runs)
        else:
            out["rows"].append({"tool": "networkx", "op": "betweenness", "skipped": f"O(n·m) above {max_edges} edges"})
        row("networkx", "louvain (1 run)", lambda: nx.community.louvain_communities(und, weight="weight", seed=1))
    except ImportError:
        out["tools"]["networkx"] = None

    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
