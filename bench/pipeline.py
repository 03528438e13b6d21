"""The networkx pipeline an analyst would write instead of ddci-sna, timed on the same export.

    python3 bench/pipeline.py <export-dir> <config.json> [--no-betweenness]

Reads every .json (a Graph API page {"data": [...]}) and .ndjson file of the folder, takes each
post, comment, reply and reaction once (by id; a post repeated in a later file adds the comments and
reactions its copy has), maps a
unit's accounts to the unit (the configuration's `units[].accounts`), and builds the directed
interaction graph as ddci-sna does (SPEC 3.4): comment → post author, reply → parent comment's
author, reaction → the target's author (once per actor and target), share → the shared post's
author, mention → each tagged actor once; weight = number of interactions. Then the network
metrics of the Analysis: PageRank (weighted), betweenness (directed, exact), harmonic centrality,
eigenvector centrality, HITS, core number, Burt's constraint and effective size, Louvain (on the
undirected projection, weights summed, one run). Prints one JSON object with the seconds of each
step (wall and process CPU) and the graph's size.
"""
import json
import os
import sys
import time

import networkx as nx


def read_records(folder):
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".ndjson") or name.endswith(".jsonl"):
            with open(path, encoding="utf-8-sig") as f:
                for line in f:
                    if line.strip():
                        yield json.loads(line)
        elif name.endswith(".json"):
            with open(path, encoding="utf-8-sig") as f:
                doc = json.load(f)
            yield from (doc.get("data", []) if isinstance(doc, dict) else doc)


def build_graph(folder, config):
    unit_of = {a: "unit:" + u["id"] for u in config["units"] for a in u["accounts"]}
    node = lambda actor: None if not actor or "id" not in actor else unit_of.get(actor["id"], actor["id"])
    posts, comments, reactions = {}, {}, []
    for post in read_records(folder):
        # A post repeated in a later file: the first copy is the post, every copy's comments count.
        posts.setdefault(post["id"], post)
        stack = [(c, None) for c in (post.get("comments") or {}).get("data", [])]
        for r in (post.get("reactions") or {}).get("data", []):
            reactions.append((node(r), ("post", post["id"])))
        while stack:
            c, parent = stack.pop()
            if c.get("id") in comments:
                continue  # the copy of an earlier file's comment
            parent = (c.get("parent") or {}).get("id", parent)
            comments[c["id"]] = (c, post["id"], parent)
            for r in (c.get("reactions") or {}).get("data", []):
                reactions.append((node(r), ("comment", c["id"])))
            stack.extend((reply, c["id"]) for reply in (c.get("comments") or {}).get("data", []))

    g = nx.DiGraph()
    for account in unit_of.values():
        g.add_node(account)

    def edge(source, target):
        if source is None or target is None or source == target:
            return
        g.add_node(source)
        g.add_node(target)
        if g.has_edge(source, target):
            g[source][target]["weight"] += 1
        else:
            g.add_edge(source, target, weight=1)

    def mentions(author, record):
        for tagged in {node(t) for t in record.get("message_tags") or [] if isinstance(t, dict)}:
            edge(author, tagged)

    for post in posts.values():
        author = node(post.get("from"))
        mentions(author, post)
        shared = posts.get(post.get("parent_id"))
        if shared is not None:
            edge(author, node(shared.get("from")))
    for c, post_id, parent in comments.values():
        author = node(c.get("from"))
        mentions(author, c)
        if parent is None or parent not in comments:
            edge(author, node(posts[post_id].get("from")))
        else:
            edge(author, node(comments[parent][0].get("from")))
    seen = set()
    for reactor, (kind, target) in reactions:
        if reactor is not None and (reactor, target) in seen:
            continue
        seen.add((reactor, target))
        record = posts[target] if kind == "post" else comments[target][0]
        edge(reactor, node(record.get("from")))
    return g


def main(argv):
    folder, config_path = argv[0], argv[1]
    with open(config_path, encoding="utf-8") as f:
        config = json.load(f)
    steps = {}

    def step(name, fn):
        c0, t0 = time.process_time(), time.perf_counter()
        value = fn()
        steps[name] = {"wallS": round(time.perf_counter() - t0, 3), "cpuS": round(time.process_time() - c0, 3)}
        return value

    start = time.perf_counter()
    g = step("read + graph", lambda: build_graph(folder, config))
    u = nx.Graph()
    for s, t, w in g.edges(data="weight"):
        u.add_edge(s, t, weight=u[s][t]["weight"] + w if u.has_edge(s, t) else w)
    u.add_nodes_from(g)
    step("pagerank", lambda: nx.pagerank(g, alpha=0.85, weight="weight"))
    if "--no-betweenness" not in argv:
        step("betweenness", lambda: nx.betweenness_centrality(g, normalized=True))
    step("harmonic", lambda: nx.harmonic_centrality(g))
    step("eigenvector", lambda: nx.eigenvector_centrality_numpy(u, weight="weight"))
    step("hits", lambda: nx.hits(g, max_iter=1000))
    step("core number", lambda: nx.core_number(u))
    step("constraint + effective size", lambda: (nx.constraint(u, weight="weight"), nx.effective_size(u, weight="weight")))
    step("louvain", lambda: nx.community.louvain_communities(u, weight="weight", seed=1))
    print(json.dumps({"networkx": nx.__version__, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                      "totalS": round(time.perf_counter() - start, 3), "steps": steps}))


if __name__ == "__main__":
    main(sys.argv[1:])
