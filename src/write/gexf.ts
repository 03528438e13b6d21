/**
 * The interaction graph as GEXF 1.3 for Gephi, through graphology-gexf.
 *
 * Nodes: the graph's keys (pseudonyms for individuals), `label` (the unit's name for units, else
 * the node's `label` as the graph carries it: organisations' names, and individuals' names only in a
 * revealed run — the writer prints what privacy handed it), attributes `kind`, `unitId`, `community`, `pagerank`
 * (from `analysis.actors`, matched by node key), viz colour by kind (the report's palette) and viz
 * size by PageRank (5–40, area-proportional). Edges: direction and `weight` (interaction count),
 * and every other numeric edge attribute as a GEXF attribute (the per-type counts `comment`,
 * `reply`, `reaction`, `share`, `mention`).
 *
 * Valid XML whatever the text (SPEC 7.1, 7.2): every label and attribute value is NFC-normalised and
 * stripped of the characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates → U+FFFD);
 * the writer escapes markup. Node keys built by the library are XML-safe already (resolve/nodeKey.ts);
 * a graph from elsewhere whose keys are not gets every node and edge key escaped by
 * `escapeUnsafeChars` (distinct keys stay distinct).
 *
 * GEXF 1.3 rather than 1.2: graphology-gexf writes 1.2's viz namespace with a typo.
 * graphology-gexf is CommonJS with no top-level await: both the ESM and the CJS build import it
 * statically, as an ordinary external dependency.
 */
import type { AbstractGraph as Graph } from 'graphology-types';
import { write } from 'graphology-gexf';
import type { Analysis } from '../analysis/schema';
import { ACTOR_KINDS } from '../model/types';
import { escapeUnsafeChars, hasUnsafeChars, xmlSafeText } from '../text/safe';
import { KIND_COLORS } from './charts';
import type { ActorKind } from './i18n';

const KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);

/** GEXF viz size range (min, max), by PageRank. */
export const GEXF_SIZE_RANGE = Object.freeze([5, 40] as const);

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

const noNegativeZero = (v: number) => (Object.is(v, -0) ? 0 : v);

/** Text as it may go into the XML. */
const clean = (text: string) => xmlSafeText(text.normalize('NFC'));

/** The graph itself when every key is XML-safe, else a copy with every key escaped. */
function withSafeKeys(graph: Graph): Graph {
  let safe = true;
  graph.forEachNode((key) => { if (hasUnsafeChars(key)) safe = false; });
  graph.forEachEdge((key) => { if (hasUnsafeChars(key)) safe = false; });
  if (safe) return graph;
  const copy = graph.nullCopy();
  graph.forEachNode((key, attributes) => copy.addNode(escapeUnsafeChars(key), attributes));
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    if (undirected) copy.addUndirectedEdgeWithKey(escapeUnsafeChars(key), escapeUnsafeChars(source), escapeUnsafeChars(target), attributes);
    else copy.addDirectedEdgeWithKey(escapeUnsafeChars(key), escapeUnsafeChars(source), escapeUnsafeChars(target), attributes);
  });
  return copy;
}

/**
 * Write the graph as a GEXF string.
 * @example
 * const gexf = writeGexf(graph, analysis); // open in Gephi: File → Open
 */
export function writeGexf(graph: Graph, analysis: Analysis): string {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const units = new Map(analysis.units.map((u) => [u.unitId, u]));
  let maxPagerank = 0;
  graph.forEachNode((key) => {
    const pr = actors.get(key)?.pagerank ?? 0;
    if (pr > maxPagerank) maxPagerank = pr;
  });
  const [minSize, maxSize] = GEXF_SIZE_RANGE;

  return write(withSafeKeys(graph), {
    version: '1.3',
    pretty: true,
    formatNode(key, attributes) {
      const actor = actors.get(key);
      const kind: ActorKind = KINDS.has(attributes.kind) ? attributes.kind : actor?.kind ?? 'individual';
      const unitId: string | null = typeof attributes.unitId === 'string' ? attributes.unitId : actor?.unitId ?? null;
      const unit = unitId !== null ? units.get(unitId) : undefined;
      const given = kind === 'agency' && unit ? unit.name
        : typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : actor?.name ?? null;
      const label = given === null ? null : clean(given);
      const pagerank = actor?.pagerank ?? (kind === 'agency' ? unit?.pagerank ?? null : null);
      const community = actor?.community ?? (kind === 'agency' ? unit?.community ?? null : null);
      const share = maxPagerank > 0 && pagerank !== null ? Math.sqrt(pagerank / maxPagerank) : 0;
      return {
        ...(label !== null ? { label } : {}),
        attributes: {
          kind,
          unitId: unitId === null ? null : clean(unitId),
          community,
          pagerank: pagerank === null ? null : noNegativeZero(pagerank),
        },
        viz: {
          color: rgb(KIND_COLORS[kind]),
          size: Math.round((minSize + (maxSize - minSize) * share) * 100) / 100,
        },
      };
    },
    formatEdge(_key, attributes) {
      const extra: Record<string, number | string> = {};
      for (const [name, value] of Object.entries(attributes)) {
        if (name === 'weight') continue;
        if (typeof value === 'number' && Number.isFinite(value)) extra[clean(name)] = noNegativeZero(value);
        else if (typeof value === 'string') extra[clean(name)] = clean(value);
      }
      const weight = typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) ? attributes.weight : 1;
      return { weight, attributes: extra };
    },
  });
}
