/**
 * The fields of the Analysis that carry people: their ids, names and the texts they wrote.
 * The privacy module handles exactly these (SPEC 5, 7.2); a new field that carries a person is one
 * more line in {@link PERSONAL_FIELDS}, and nothing else needs to know.
 *
 * A path names a field from the Analysis root: `.` between fields, `[]` after a field that is a
 * list (`petitions[].message`: the `message` of every element of `petitions`; `units[].amplifiers[]`:
 * every element of every unit's `amplifiers`). A null value is left as it is.
 */

/**
 * What a field carries.
 * - `node`: a graph node id (as in `actors[].id`): an individual's becomes their pseudonym.
 * - `actor`: a platform actor id (as in `petitions[].authorId`): written as that actor's node id,
 *   so an individual's becomes their pseudonym and a unit's account becomes `unit:<id>`.
 * - `name`: a display name: null when the id in `idField` (a `node` or `actor` field of the same
 *   object, declared in this list too) is an individual's.
 * - `text`: free text people wrote: individuals' names inside become their pseudonyms.
 */
export type PersonalFieldKind = 'node' | 'actor' | 'name' | 'text';

export interface PersonalField {
  /** Where the field is, e.g. `petitions[].message`. */
  path: string;
  carries: PersonalFieldKind;
  /** For `name`: the field of the same object that holds the id the name belongs to. */
  idField?: string;
}

/** Every field of the Analysis that carries people's ids, names or texts. */
export const PERSONAL_FIELDS: readonly PersonalField[] = Object.freeze([
  { path: 'actors[].id', carries: 'node' },
  { path: 'actors[].name', carries: 'name', idField: 'id' },
  { path: 'associations[].id', carries: 'node' },
  { path: 'associations[].name', carries: 'name', idField: 'id' },
  { path: 'units[].amplifiers[]', carries: 'node' },
  { path: 'petitions[].authorId', carries: 'actor' },
  { path: 'petitions[].message', carries: 'text' },
] satisfies PersonalField[]);

/** How each kind of field is rewritten. `name` gets the kind and the original value of its id. */
export interface FieldRewriter {
  node(id: string): string;
  actor(id: string): string;
  name(name: string, id: string | null, idKind: 'node' | 'actor'): string | null;
  text(text: string): string;
}

interface Segment {
  name: string;
  list: boolean;
}

function parsePath(path: string): Segment[] {
  return path.split('.').map((part) => (part.endsWith('[]') ? { name: part.slice(0, -2), list: true } : { name: part, list: false }));
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The fields of one kind of object (one container path), with what to do with each. */
interface ContainerRule {
  container: Segment[];
  fields: { field: Segment; declared: PersonalField; idKind?: 'node' | 'actor' }[];
}

function containerRules(fields: readonly PersonalField[]): ContainerRule[] {
  const byContainer = new Map<string, ContainerRule>();
  for (const f of fields) {
    const segments = parsePath(f.path);
    const container = segments.slice(0, -1);
    const key = container.map((s) => `${s.name}${s.list ? '[]' : ''}`).join('.');
    let rule = byContainer.get(key);
    if (!rule) byContainer.set(key, (rule = { container, fields: [] }));
    let idKind: 'node' | 'actor' | undefined;
    if (f.carries === 'name') {
      const idPath = [key, f.idField].filter((s) => s !== '').join('.');
      const id = fields.find((g) => g.path === idPath);
      if (!id || (id.carries !== 'node' && id.carries !== 'actor')) {
        throw new TypeError(`PERSONAL_FIELDS: ${f.path} names its id field "${f.idField}", which is not declared as a node or actor id`);
      }
      idKind = id.carries;
    }
    rule.fields.push({ field: segments[segments.length - 1], declared: f, idKind });
  }
  return [...byContainer.values()];
}

function rewriteContainer(object: Obj, rule: ContainerRule, rewrite: FieldRewriter): Obj {
  const out: Obj = { ...object };
  for (const { field, declared, idKind } of rule.fields) {
    const value = object[field.name];
    const { carries } = declared;
    if (carries === 'name') {
      const id = object[declared.idField!];
      if (typeof value === 'string') out[field.name] = rewrite.name(value, typeof id === 'string' ? id : null, idKind!);
      continue;
    }
    const one = (v: unknown) => (typeof v === 'string' ? rewrite[carries](v) : v);
    if (field.list) {
      if (Array.isArray(value)) out[field.name] = value.map(one);
    } else if (value !== undefined) {
      out[field.name] = one(value);
    }
  }
  return out;
}

function mapAt(value: unknown, path: readonly Segment[], at: number, fn: (o: Obj) => Obj): unknown {
  if (!isObj(value)) return value;
  if (at === path.length) return fn(value);
  const { name, list } = path[at];
  const child = value[name];
  if (child === undefined) return value;
  const next = list
    ? (Array.isArray(child) ? child.map((c) => mapAt(c, path, at + 1, fn)) : child)
    : mapAt(child, path, at + 1, fn);
  return { ...value, [name]: next };
}

/**
 * A copy of `root` with every declared field rewritten (the input is not modified). Ids are read
 * before they are rewritten, so a name always meets the id it belongs to.
 * @example
 * const hidden = rewritePersonalFields(analysis, PERSONAL_FIELDS, {
 *   node: (id) => pseudonymOf(id), actor: (id) => pseudonymOf(id),
 *   name: (name, id) => (isPerson(id) ? null : name), text: redactNames,
 * });
 */
export function rewritePersonalFields<T>(root: T, fields: readonly PersonalField[], rewrite: FieldRewriter): T {
  let out: unknown = root;
  for (const rule of containerRules(fields)) out = mapAt(out, rule.container, 0, (o) => rewriteContainer(o, rule, rewrite));
  return out as T;
}
