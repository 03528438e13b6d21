/**
 * Rejected records as they may be written (SPEC 7.2): `rejects.ndjson`, `validate`, `validate --json`.
 *
 * A record keeps its shape (keys, nesting, list lengths), its ids and its times; every other string
 * value becomes `[n chars]` (n counted in Unicode code points), so a name, a message or a broken line
 * leaves nothing but its length. Numbers, booleans and null are kept. What counts:
 * - an id: a string under the key `id` or a key ending in `_id` / `Id` (`parent_id`, `postId`);
 * - an actor's id — the `id` of an object under `from`, `admin_creator` or `to`, of a tag in
 *   `message_tags`, of an entry of `reactions.data`, `likes.data`, `to.data` or `with_tags.data`,
 *   and any `fromId`, `actorId`, `authorId` or `adminCreatorId` (with `_id` spellings) — is written
 *   as the analysis writes that actor: an individual's id becomes their pseudonym (a person's
 *   platform id is as personal as their name), an organisation's stays;
 * - a time: a string under `created_time`, `updated_time`, `time`, `timestamp` or a key ending in
 *   `_time`, `Time`, `_at`, `At`, `_date`, `Date` or `published`, when it looks like a time (digits
 *   and `-:.+TZ` and spaces, at most 40 characters); anything else there is content.
 * The walk is iterative, and its output depth-bounded: below {@link MAX_RECORD_DEPTH} levels of
 * nesting a value is written `[nested deeper than 1000 levels]`, in a revealed run too, so a
 * hostile record (100,000 nested arrays parse fine) can always be written as JSON.
 */

/** How the redactor writes an actor's id; `name` is the name found beside it (for classification). */
export type ActorIdWriter = (id: string, name: string | null) => string;

/** Levels of nesting kept in a written record (JSON.stringify overflows near 5,000). */
export const MAX_RECORD_DEPTH = 1000;
const TOO_DEEP = `[nested deeper than ${MAX_RECORD_DEPTH} levels]`;

export interface RecordRedactorOptions {
  /** How actors' ids are written; default: kept like other ids. */
  actorId?: ActorIdWriter;
  /** Keep every value as read (`--reveal`): only the depth bound applies. Default false. */
  reveal?: boolean;
}

const ACTOR_OBJECT_KEYS = new Set(['from', 'admin_creator', 'adminCreator', 'to']);
const ACTOR_LIST_OWNERS = new Set(['reactions', 'likes', 'to', 'with_tags']);
const ACTOR_ID_KEYS = new Set(['fromId', 'from_id', 'actorId', 'actor_id', 'authorId', 'author_id', 'adminCreatorId', 'admin_creator_id']);
const TIME_KEYS = new Set(['created_time', 'updated_time', 'time', 'timestamp', 'createdTime', 'updatedTime']);
const TIME_KEY_END = /(?:_time|Time|_at|At|_date|Date|published|Published|_timestamp|Timestamp)$/;
const ID_KEY_END = /(?:_id|Id)$/;
const LOOKS_LIKE_TIME = /^[0-9][0-9:.+\-TZ ]{0,39}$/;

/**
 * `[n chars]`: what is left of a string that is content (n in code points).
 * @example redactedString('Nguyễn Văn Bình') // '[15 chars]'
 */
export function redactedString(text: string): string {
  let n = 0;
  for (const _ of text) n += 1;
  return `[${n} chars]`;
}

/** Set an own property, whatever its name (`__proto__` would set the prototype if assigned). */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

const isIdKey = (key: string) => key === 'id' || ID_KEY_END.test(key);
const isTimeKey = (key: string) => TIME_KEYS.has(key) || TIME_KEY_END.test(key);

type Container = Record<string, unknown> | unknown[];

interface Frame {
  /** The container being filled. */
  out: Container;
  /** The key of the slot in `out` to fill. */
  slot: string | number;
  value: unknown;
  /** The key this value sits under (for an array element: the array's own key). */
  key: string | null;
  /** The key of the object or array that holds the value's container. */
  ownerKey: string | null;
  /** Whether the value is an element of an array. */
  inList: boolean;
  /** Levels of nesting above the value. */
  depth: number;
}

/** Whether an object at this position is a reference to an actor (a `from`, a tag, a reactor). */
function isActorPosition(frame: Frame): boolean {
  if (!frame.inList) return frame.key !== null && ACTOR_OBJECT_KEYS.has(frame.key);
  if (frame.key === 'message_tags' || frame.ownerKey === 'message_tags') return true;
  return frame.key === 'data' && frame.ownerKey !== null && ACTOR_LIST_OWNERS.has(frame.ownerKey);
}

/**
 * A redactor of rejected records (see the file's banner).
 * @example
 * const redact = makeRecordRedactor({ actorId: (id) => pseudonymOf(id) });
 * redact({ id: '1_2', created_time: '2025-03-03T02:00:00+0000', message: 'Xin hỏi', from: 'Nguyễn Văn A' });
 * // { id: '1_2', created_time: '2025-03-03T02:00:00+0000', message: '[7 chars]', from: '[12 chars]' }
 * redact({ id: '100004', name: 'Nguyễn Văn A', type: 'LIKE' }, 'reaction'); // { id: pseudonymOf('100004'), name: '[12 chars]', type: '[4 chars]' }
 * makeRecordRedactor({ reveal: true })(record); // the record as read (nesting bounded)
 */
export function makeRecordRedactor(options: RecordRedactorOptions = {}): (record: unknown, recordType?: string) => unknown {
  const reveal = options.reveal ?? false;
  const actorId: ActorIdWriter = reveal || !options.actorId ? (id) => id : options.actorId;
  return (record: unknown, recordType?: string): unknown => {
    const root: unknown[] = [null];
    // A rejected reaction is an entry of a reactions list: its own `id` is the reactor's.
    const rootKey = recordType === 'reaction' ? 'data' : null;
    const rootOwner = recordType === 'reaction' ? 'reactions' : null;
    const stack: Frame[] = [{ out: root, slot: 0, value: record, key: rootKey, ownerKey: rootOwner, inList: recordType === 'reaction', depth: 0 }];
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const { value, key, depth } = frame;
      let written: unknown;
      if (depth > MAX_RECORD_DEPTH && value !== null && typeof value === 'object') {
        written = TOO_DEEP;
      } else if (typeof value === 'string') {
        const field = frame.inList ? null : key;
        if (reveal) written = value;
        else if (field !== null && ACTOR_ID_KEYS.has(field)) written = actorId(value, null);
        else if (field !== null && isIdKey(field)) written = value;
        else if (field !== null && isTimeKey(field) && LOOKS_LIKE_TIME.test(value)) written = value;
        else written = redactedString(value);
      } else if (Array.isArray(value)) {
        const out: unknown[] = value.map(() => null); // packed, not holey: JSON.stringify stays on its fast path
        for (let i = value.length - 1; i >= 0; i--) {
          stack.push({ out, slot: i, value: value[i], key, ownerKey: frame.ownerKey, inList: true, depth: depth + 1 });
        }
        written = out;
      } else if (value !== null && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        const entries = Object.entries(object);
        const actor = !reveal && isActorPosition(frame) && Object.hasOwn(object, 'id');
        const children: Frame[] = [];
        for (const [k, v] of entries) {
          if (actor && k === 'id' && (typeof v === 'string' || typeof v === 'number')) {
            setOwn(out, k, actorId(String(v), Object.hasOwn(object, 'name') && typeof object.name === 'string' ? object.name : null));
          } else {
            setOwn(out, k, null); // the slot, in the record's key order; filled below
            children.push({ out, slot: k, value: v, key: k, ownerKey: key, inList: false, depth: depth + 1 });
          }
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
        written = out;
      } else {
        written = value;
      }
      if (Array.isArray(frame.out)) frame.out[frame.slot as number] = written;
      else setOwn(frame.out, frame.slot as string, written);
    }
    return root[0];
  };
}
