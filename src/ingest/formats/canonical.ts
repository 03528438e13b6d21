/**
 * The project's canonical NDJSON, `ddci-sna-canonical` version 1 (SPEC 2.4; docs/formats.md §8):
 * the stable format other tools convert into, and what `ddci-sna convert` writes
 * (src/write/canonical.ts). One JSON object per line, UTF-8, LF; blank lines ignored. The first
 * non-blank line is the header; then `actor`, `post`, `comment`, `reaction` and `rejected` lines:
 *
 *   {"type":"header","format":"ddci-sna-canonical","version":1,"page":{…},"identities":"platform","capabilities":{…},…}
 *   {"type":"actor","id":"1000…","name":"Cty TNHH …"}
 *   {"type":"post","id":"1048…_1221…","createdTime":"2025-01-06T01:00:29.000Z","message":"…","fromId":"…",…}
 *   {"type":"comment","id":"…","postId":"…","parentId":null,"createdTime":"…","message":"…","fromId":"…",…}
 *   {"type":"reaction","targetId":"…","targetType":"post","actorId":"…","reaction":"LIKE"}
 *   {"type":"rejected","recordType":"comment","file":"…","location":"data[3]","field":"","code":"orphan_comment","reason":"…","record":{…}}
 *
 * Field names are the model's (src/model/types.ts), except a reaction's type (`reaction`: the line's
 * `type` is the record type). `capabilities` (header, and a post's own where it differs) says what
 * the source could tell, so null-with-reason figures survive a conversion; `identities` says what
 * the ids are. Actor lines give the names of the ids the records use, and come before them. A
 * `rejected` line is a record its source rejected: it is rejected again (counted, reported, written
 * to rejects.ndjson), never dropped. Unknown fields are ignored; a line of unknown type, or without
 * a required field, is rejected with the codes of the other formats; a header of a later version
 * refuses the file.
 */
import type { FileCapabilities, IdentityKind, RecordType } from '../../model/types';
import { FULL_CAPABILITIES } from '../../model/types';
import type { AccountInput, At, FileHead, FormatAdapter, RecordSink } from '../adapter';
import { eachJsonLine } from '../jsonRead';
import { headLines, parseHeadLine } from '../sniff';
import { detach } from '../text';
import { graphTimeMs } from '../time';

/** The header's `format`. */
export const CANONICAL_FORMAT = 'ddci-sna-canonical';
/** The version this reader reads and the writer writes. */
export const CANONICAL_VERSION = 1;

/** What the header's `identities` may say: a kind of the model, or `mixed` (files of several kinds). */
export const CANONICAL_IDENTITIES: readonly IdentityKind[] = Object.freeze(['platform', 'hashed', 'name', 'none', 'mixed']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a head starts with a canonical header line.
 * @example isCanonicalHead({ name: 'x', text: '{"type":"header","format":"ddci-sna-canonical","version":1}\n', complete: true }) // true
 */
export function isCanonicalHead(head: FileHead): boolean {
  const [first] = headLines(head, 1);
  if (first === undefined || !first.complete || !first.text.startsWith('{')) return false;
  const value = parseHeadLine(first.text);
  return isObj(value) && value.type === 'header' && value.format === CANONICAL_FORMAT;
}

/**
 * Capabilities as a header or post line gives them: known keys that are booleans; absent keys take
 * `base`'s value.
 * @example capabilitiesOf({ comments: false }, FULL_CAPABILITIES).comments // false
 */
export function capabilitiesOf(value: unknown, base: FileCapabilities): FileCapabilities {
  const out = { ...base };
  if (!isObj(value)) return out;
  for (const key of Object.keys(FULL_CAPABILITIES) as (keyof FileCapabilities)[]) {
    if (typeof value[key] === 'boolean') out[key] = value[key] as boolean;
  }
  return out;
}

/** The type of a value, never its content. */
function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string of ${v.length} characters`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

class Invalid {
  constructor(readonly field: string, readonly code: string, readonly detail: string) {}
}

/** An optional string field: absent or null → null. */
function optString(line: Obj, field: string): string | null {
  const v = line[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new Invalid(field, 'invalid_type', `expected a string, got ${describe(v)}`);
  return v;
}

/** A required id: absent → `missing_id`. */
function requiredId(line: Obj, field: string): string {
  const v = line[field];
  if (v === undefined || v === null || v === '') throw new Invalid(field, 'missing_id', `no ${field}`);
  if (typeof v !== 'string') throw new Invalid(field, 'invalid_type', `expected a string, got ${describe(v)}`);
  return v;
}

/** An optional count: absent → null; not a number → NaN (the sink's field reject `invalid_count`). */
function optCount(line: Obj, field: string): number | null {
  const v = line[field];
  if (v === undefined || v === null) return null;
  return typeof v === 'number' ? v : Number.NaN;
}

function time(line: Obj): number {
  const v = line.createdTime;
  if (v === undefined || v === null || v === '') throw new Invalid('createdTime', 'missing_time', 'no createdTime');
  const ms = graphTimeMs(v);
  if (ms === null) throw new Invalid('createdTime', 'invalid_time', `${describe(v)} that is not an ISO 8601 time`);
  return ms;
}

function bool(line: Obj, field: string): boolean {
  const v = line[field];
  if (v === undefined || v === null) return false;
  if (typeof v !== 'boolean') throw new Invalid(field, 'invalid_type', `expected true or false, got ${describe(v)}`);
  return v;
}

const RECORD_TYPES: Readonly<Record<string, Exclude<RecordType, 'file'>>> = Object.freeze({
  post: 'post', comment: 'comment', reaction: 'reaction',
});

/** Reads the lines of one canonical file into a sink. */
class CanonicalReader {
  /** Names of actors by id, from the actor lines read so far. */
  private readonly names = new Map<string, string | null>();
  private base: FileCapabilities = FULL_CAPABILITIES;

  constructor(private readonly sink: RecordSink) {}

  private account(id: string | null): AccountInput | null {
    return id === null ? null : { id, name: this.names.get(id) ?? null };
  }

  private tags(line: Obj, field: string): AccountInput[] {
    const v = line[field];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw new Invalid(field, 'invalid_type', `expected a list of {id, name}, got ${describe(v)}`);
    const out: AccountInput[] = [];
    v.forEach((t, i) => {
      if (!isObj(t) || typeof t.id !== 'string' || t.id === '') throw new Invalid(`${field}[${i}]`, 'invalid_type', 'expected {id, name} with a string id');
      out.push({ id: t.id, name: typeof t.name === 'string' ? t.name : this.names.get(t.id) ?? null });
    });
    return out;
  }

  /** The header: its version and what the file can tell. False when the file cannot be read. */
  header(line: Obj, at: At): boolean {
    const version = line.version;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      this.sink.fileError('unsupported_format', `line ${at.index}`, `a canonical header whose version is ${describe(version)}, not a whole number`, detach(JSON.stringify(line).slice(0, 400)));
      return false;
    }
    if (version > CANONICAL_VERSION) {
      this.sink.fileError('unsupported_format', `line ${at.index}`, `canonical version ${version}, newer than this reader's (${CANONICAL_VERSION})`, detach(JSON.stringify(line).slice(0, 400)));
      return false;
    }
    const identities = line.identities;
    if (typeof identities === 'string' && (CANONICAL_IDENTITIES as readonly string[]).includes(identities)) this.sink.identities(identities as IdentityKind);
    this.base = capabilitiesOf(line.capabilities, FULL_CAPABILITIES);
    this.sink.capabilities(this.base);
    return true;
  }

  record(line: Obj, at: At): void {
    const type = line.type;
    try {
      switch (type) {
        case 'actor': {
          const id = requiredId(line, 'id');
          const name = optString(line, 'name');
          this.names.set(id, name);
          return;
        }
        case 'post':
          this.post(line, at);
          return;
        case 'comment':
          this.comment(line, at);
          return;
        case 'reaction':
          this.reaction(line, at);
          return;
        case 'rejected':
          this.rejected(line, at);
          return;
        case 'header':
          throw new Invalid('type', 'invalid_type', 'a second header line');
        default:
          throw new Invalid('type', 'invalid_type', `a line whose type is ${describe(type)}, not header, actor, post, comment, reaction or rejected`);
      }
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const recordType = RECORD_TYPES[typeof type === 'string' ? type : ''] ?? 'post';
      const id = type === 'post' && typeof line.id === 'string' && line.id !== '' ? line.id : null;
      this.sink.reject({ recordType, field: error.field, code: error.code, detail: error.detail, id }, at);
    }
  }

  private post(line: Obj, at: At): void {
    const id = requiredId(line, 'id');
    const byType = line.reactionsByType;
    if (byType !== undefined && byType !== null && !isObj(byType)) throw new Invalid('reactionsByType', 'invalid_type', `expected {TYPE: count}, got ${describe(byType)}`);
    const own = line.capabilities;
    this.sink.post({
      id,
      time: time(line),
      message: optString(line, 'message'),
      from: this.account(optString(line, 'fromId')),
      adminCreator: this.account(optString(line, 'adminCreatorId')),
      parentId: optString(line, 'parentId'),
      permalinkUrl: optString(line, 'permalinkUrl'),
      statusType: optString(line, 'statusType'),
      sharesCount: optCount(line, 'sharesCount'),
      reactionsTotal: optCount(line, 'reactionsTotal'),
      reactionsByType: isObj(byType) ? Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, typeof v === 'number' ? v : Number.NaN])) : null,
      commentsTotal: optCount(line, 'commentsTotal'),
      messageTags: this.tags(line, 'messageTags'),
      ...(isObj(own) ? { capabilities: capabilitiesOf(own, this.base) } : {}),
      fieldNames: { time: 'createdTime', from: 'fromId', adminCreator: 'adminCreatorId' },
    }, at);
  }

  private comment(line: Obj, at: At): void {
    const id = requiredId(line, 'id');
    const parentId = optString(line, 'parentId');
    this.sink.comment({
      id,
      postId: optString(line, 'postId'),
      parentId,
      parentUnknown: bool(line, 'parentUnknown'),
      time: time(line),
      message: optString(line, 'message'),
      from: this.account(optString(line, 'fromId')),
      messageTags: this.tags(line, 'messageTags'),
      hasAttachment: bool(line, 'hasAttachment'),
      fieldNames: { time: 'createdTime', from: 'fromId' },
    }, at);
  }

  private reaction(line: Obj, at: At): void {
    const targetId = requiredId(line, 'targetId');
    const targetType = line.targetType;
    if (targetType !== 'post' && targetType !== 'comment') throw new Invalid('targetType', 'invalid_type', `expected "post" or "comment", got ${describe(targetType)}`);
    const actorId = optString(line, 'actorId');
    const slot = optString(line, 'slot');
    this.sink.reaction({
      targetId,
      targetType,
      actor: this.account(actorId),
      type: optString(line, 'reaction'),
      // Anonymous reactions are told apart by their slot; without one, each line is its own.
      ...(actorId === null ? { slot: slot === null ? `line ${at.index}` : `slot ${slot}` } : {}),
    }, at);
  }

  private rejected(line: Obj, at: At): void {
    const recordType = RECORD_TYPES[typeof line.recordType === 'string' ? line.recordType : ''];
    if (recordType === undefined) throw new Invalid('recordType', 'invalid_type', `expected post, comment or reaction, got ${describe(line.recordType)}`);
    const code = optString(line, 'code');
    if (code === null || !/^[a-z][a-z0-9_]*$/.test(code)) throw new Invalid('code', 'invalid_type', 'expected a snake_case code');
    const reason = optString(line, 'reason') ?? '';
    this.sink.reject({
      recordType,
      field: optString(line, 'field') ?? '',
      code,
      detail: `rejected by its source${reason === '' ? '' : ` (${reason})`}`,
    }, { ...at, raw: line.record ?? null });
  }
}

function read(text: string, sink: RecordSink): void {
  const reader = new CanonicalReader(sink);
  let headerSeen = false;
  eachJsonLine(text, sink, (value, lineNo) => {
    const at = { path: 'line ', index: lineNo, raw: value };
    if (!isObj(value)) {
      sink.reject({ recordType: 'post', field: '', code: 'invalid_type', detail: `a line that is ${describe(value)}, not an object` }, at);
      return true;
    }
    if (headerSeen) {
      reader.record(value, at);
      return true;
    }
    // Detection saw the header on the first non-blank line (a forced format may not have).
    headerSeen = true;
    return reader.header(value, at);
  });
}

export const canonicalNdjson: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'canonical-ndjson',
  description: `ddci-sna's canonical NDJSON (${CANONICAL_FORMAT} v${CANONICAL_VERSION}): a header line, then actor, post, comment, reaction and rejected lines`,
  detect: isCanonicalHead,
  read(file, sink) {
    read(file.text, sink);
  },
});
