/**
 * The interaction graph as GEXF 1.3 for Gephi.
 *
 * Nodes: the graph's keys (pseudonyms for individuals), `label` (the unit's name for units, else
 * the node's `label` as the graph carries it: organisations' names, and individuals' names only in a
 * revealed run — the writer prints what privacy handed it), attributes `kind`, `unitId`, `community`, `pagerank`
 * (from `analysis.actors`, matched by node key), viz colour by kind (the report's palette) and viz
 * size by PageRank (5–40, area-proportional). Edges: direction and `weight` (interaction count),
 * and every other numeric or text edge attribute as a GEXF attribute (the per-type counts `comment`,
 * `reply`, `reaction`, `share`, `mention`).
 *
 * Lean (issue 10): one line per node and per edge, no indentation, and a numeric edge attribute
 * declares the default 0, so a zero count is not written (GEXF readers, Gephi and graphology-gexf,
 * apply the default) — a third of graphology-gexf's output, written ten times faster, straight into
 * a list of lines without an element object per edge. See docs/decisions.md "GEXF".
 *
 * Valid XML whatever the text (SPEC 7.1, 7.2): every label and attribute value is NFC-normalised and
 * stripped of the characters XML 1.0 forbids (controls, U+FFFE/U+FFFF, lone surrogates → U+FFFD),
 * then escaped for an attribute (`& < > "`, and tab, line feed and carriage return as character
 * references, which attribute-value normalisation would turn into spaces). Node keys built by the
 * library are XML-safe already (resolve/nodeKey.ts); a graph from elsewhere whose keys are not gets
 * every node and edge key escaped by `escapeUnsafeChars` (distinct keys stay distinct).
 *
 * GEXF 1.3 rather than 1.2: its namespaces (`http://gexf.net/1.3`, `…/1.3/viz`) are the ones Gephi
 * 0.9+ writes.
 */
import type { Analysis } from '../analysis/schema';
import { checkOptionKeys } from '../errors';
import { ACTOR_KINDS } from '../model/types';
import { escapeUnsafeChars, hasUnsafeChars, xmlSafeText } from '../text/safe';
import { KIND_COLORS } from './charts';
import { ChunkBuffer, chunkSizeOf, joinChunks, type ChunkOptions } from './chunks';
import { graphRows, nodeActors, type GraphInput, type GraphRows } from './graphInput';
import type { ActorKind } from './i18n';

const KINDS: ReadonlySet<string> = new Set(ACTOR_KINDS);

/** GEXF viz size range (min, max), by PageRank. */
export const GEXF_SIZE_RANGE = Object.freeze([5, 40] as const);

/** Each kind's `<viz:color>`, the report's palette. */
const VIZ_COLOR = Object.fromEntries(ACTOR_KINDS.map((kind) => {
  const n = Number.parseInt(KIND_COLORS[kind].slice(1), 16);
  return [kind, `<viz:color r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"/>`];
})) as Record<ActorKind, string>;

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Markup and white space escaped for a double-quoted XML attribute (the text itself unchanged). */
const escapeAttribute = (text: string) => text.replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);

/** Text for people (labels, values) as it may go into an XML attribute: NFC, XML-safe, escaped. */
const attribute = (text: string) => escapeAttribute(xmlSafeText(text.normalize('NFC')));

/** A number as GEXF reads it (no -0; JavaScript's shortest round-trip form). */
const numeral = (value: number) => String(Object.is(value, -0) ? 0 : value);

type EdgeAttributeType = 'integer' | 'double' | 'string';

/** What the keys of a graph are: XML-safe (every one), and free of what an attribute escapes (every one). */
interface KeyKinds {
  safe: boolean;
  plain: boolean;
}

/** Markup and white space that {@link escapeAttribute} replaces. */
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;

function noteKey(kinds: KeyKinds, key: string): void {
  if (kinds.safe && hasUnsafeChars(key)) kinds.safe = false;
  if (kinds.plain && ATTRIBUTE_SPECIAL.test(key)) kinds.plain = false;
}

/**
 * One pass over the edges: the edge attributes to declare (every one but `weight`), in first-seen
 * order, with their GEXF type; each edge key noted in `kinds` (but the library's own keys, which
 * are safe and plain).
 */
function scanEdges(graph: GraphRows, kinds: KeyKinds): Map<string, EdgeAttributeType> {
  const types = new Map<string, EdgeAttributeType>();
  const { edges } = graph;
  for (let e = 0; e < edges.length; e++) {
    if (!graph.libraryEdgeKeys) noteKey(kinds, graph.edgeKey(e));
    const { attributes } = edges[e]!;
    for (const name in attributes) {
      if (name === 'weight' || !Object.hasOwn(attributes, name)) continue;
      const value: unknown = attributes[name];
      const type: EdgeAttributeType | null = typeof value === 'string' ? 'string'
        : typeof value === 'number' && Number.isFinite(value) ? (Number.isInteger(value) ? 'integer' : 'double') : null;
      if (type === null) continue;
      const known = types.get(name);
      // The widest type seen wins: integer < double < string.
      if (known === undefined || known === 'integer' || (known === 'double' && type === 'string')) types.set(name, type);
    }
  }
  return types;
}

/**
 * Keys as they go into the XML, never normalised (a key is an identity): as they are when every
 * key is XML-safe, else every one escaped by escapeUnsafeChars (distinct keys stay distinct);
 * then escaped for the attribute (nothing to do when no key has a character to escape: the
 * common case, ids of digits and `unit:`, `anon:` prefixes).
 */
function keyWriter(kinds: KeyKinds): (key: string) => string {
  if (!kinds.safe) return (key) => escapeAttribute(escapeUnsafeChars(key));
  return kinds.plain ? (key) => key : escapeAttribute;
}

/** Options of {@link gexfChunks}. */
export type GexfChunkOptions = ChunkOptions;

const OPTION_KEYS = new Set(['chunkSize']);

/**
 * The graph (its interaction list, `run.interactions`, or a graphology graph: the same text) as GEXF
 * text in chunks of at most `chunkSize` code units (default 64 Ki), written node by node and edge
 * by edge as they are read: joined, the chunks are {@link writeGexf}'s text.
 * @example
 * const file = createWriteStream('graph.gexf');
 * for (const chunk of gexfChunks(run.interactions, analysis)) if (!file.write(chunk)) await once(file, 'drain');
 */
export function gexfChunks(graph: GraphInput, analysis: Analysis, options: GexfChunkOptions = {}): Iterable<string> {
  checkOptionKeys(options, OPTION_KEYS, 'gexfChunks');
  return gexfText(graph, analysis, new ChunkBuffer(chunkSizeOf(options, 'gexfChunks')));
}

function* gexfText(input: GraphInput, analysis: Analysis, out: ChunkBuffer): Generator<string, void, undefined> {
  const graph = graphRows(input);
  const { nodes, edges, source, target } = graph;
  const actorAt = nodeActors(nodes.length, (i) => nodes[i]!.key, analysis.actors);
  const units = new Map(analysis.units.map((u) => [u.unitId, u]));
  let maxPagerank = 0;
  const kinds: KeyKinds = { safe: true, plain: true };
  for (let i = 0; i < nodes.length; i++) {
    noteKey(kinds, nodes[i]!.key);
    const pr = actorAt(i)?.pagerank ?? 0;
    if (pr > maxPagerank) maxPagerank = pr;
  }
  const [minSize, maxSize] = GEXF_SIZE_RANGE;

  const edgeTypes = scanEdges(graph, kinds);
  const writeKey = keyWriter(kinds);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    '<meta><creator>ddci-sna</creator></meta>',
    `<graph defaultedgetype="${graph.type === 'undirected' ? 'undirected' : 'directed'}">`,
    '<attributes class="node">',
    '<attribute id="kind" title="kind" type="string"/>',
    '<attribute id="community" title="community" type="integer"/>',
    '<attribute id="pagerank" title="pagerank" type="double"/>',
    '<attribute id="unitId" title="unitId" type="string"/>',
    '</attributes>',
    '<attributes class="edge">',
  ];
  const edgeIds = new Map<string, string>();
  for (const [name, type] of edgeTypes) {
    const id = attribute(name);
    edgeIds.set(name, id);
    lines.push(type === 'string'
      ? `<attribute id="${id}" title="${id}" type="string"/>`
      : `<attribute id="${id}" title="${id}" type="${type}"><default>0</default></attribute>`);
  }
  lines.push('</attributes>', '<nodes>', '');
  out.push(lines.join('\n'));

  for (let i = 0; i < nodes.length; i++) {
    const { key, attributes } = nodes[i]!;
    const actor = actorAt(i);
    const kind: ActorKind = KINDS.has(attributes.kind) ? attributes.kind : actor?.kind ?? 'individual';
    const unitId: string | null = typeof attributes.unitId === 'string' ? attributes.unitId : actor?.unitId ?? null;
    const unit = unitId !== null ? units.get(unitId) : undefined;
    const label = kind === 'agency' && unit ? unit.name
      : typeof attributes.label === 'string' && attributes.label !== '' ? attributes.label : actor?.name ?? null;
    const pagerank = actor?.pagerank ?? (kind === 'agency' ? unit?.pagerank ?? null : null);
    const community = actor?.community ?? (kind === 'agency' ? unit?.community ?? null : null);
    const share = maxPagerank > 0 && pagerank !== null ? Math.sqrt(pagerank / maxPagerank) : 0;
    const size = Math.round((minSize + (maxSize - minSize) * share) * 100) / 100;
    out.push(
      `<node id="${writeKey(key)}"${label === null ? '' : ` label="${attribute(label)}"`}><attvalues>` +
      `<attvalue for="kind" value="${kind}"/>` +
      (community === null ? '' : `<attvalue for="community" value="${numeral(community)}"/>`) +
      (pagerank === null ? '' : `<attvalue for="pagerank" value="${numeral(pagerank)}"/>`) +
      (unitId === null ? '' : `<attvalue for="unitId" value="${attribute(unitId)}"/>`) +
      `</attvalues>${VIZ_COLOR[kind]}<viz:size value="${numeral(size)}"/></node>\n`,
    );
    if (out.full) yield* out.take();
  }
  out.push('</nodes>\n<edges>\n');

  const mixed = graph.type !== 'undirected';
  const edgeNames = [...edgeIds.keys()];
  const edgeAttributeIds = [...edgeIds.values()];
  for (let e = 0; e < edges.length; e++) {
    const { attributes } = edges[e]!;
    const weight = typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) ? attributes.weight : 1;
    let values = '';
    for (let k = 0; k < edgeNames.length; k++) {
      const id = edgeAttributeIds[k]!;
      const value: unknown = attributes[edgeNames[k]!];
      if (typeof value === 'number' && Number.isFinite(value) && value !== 0) values += `<attvalue for="${id}" value="${numeral(value)}"/>`;
      else if (typeof value === 'string') values += `<attvalue for="${id}" value="${attribute(value)}"/>`;
    }
    out.push(
      `<edge id="${writeKey(graph.edgeKey(e))}" source="${writeKey(nodes[source[e]!]!.key)}" target="${writeKey(nodes[target[e]!]!.key)}"` +
      `${mixed && graph.undirected(e) ? ' type="undirected"' : ''} weight="${numeral(weight)}"` +
      (values === '' ? '/>\n' : `><attvalues>${values}</attvalues></edge>\n`),
    );
    if (out.full) yield* out.take();
  }
  out.push('</edges>\n</graph>\n</gexf>\n');
  yield* out.flush();
}

/**
 * Write the graph (its interaction list, or a graphology graph) as a GEXF string (the chunks of
 * {@link gexfChunks} joined).
 * @example
 * const gexf = writeGexf(run.interactions, analysis); // open in Gephi: File → Open
 */
export function writeGexf(graph: GraphInput, analysis: Analysis): string {
  return joinChunks(gexfChunks(graph, analysis));
}
