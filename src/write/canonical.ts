/**
 * The canonical NDJSON writer (SPEC 2.4; docs/formats.md §8): an ingested input — any formats,
 * merged — as one `ddci-sna-canonical` file that `ddci-sna` (and other tools) read back. What
 * `ddci-sna convert --to canonical` writes. The line format is the reader's
 * (src/ingest/formats/canonical.ts): a header, then actors (by id), posts and comments (oldest
 * first), reactions (by target, then actor), and the records ingest rejected (`rejected` lines).
 *
 * It writes what the analysis reads, so converting and reading back analyses alike: what each
 * source could tell (`capabilities`, in the header and on each post whose own differs) keeps the
 * null-with-reason figures null; what ingest rejected is rejected again. Not carried: the copies
 * of records the input held several times (merged before writing: snapshots, duplicates and
 * conflicts of SPEC 4.6 are one file's), and field rejects (their records are written as kept).
 *
 * Privacy (SPEC 5, 7.2): a converted file leaves the program like any output, so by default
 * individuals are pseudonymised by the one privacy module (src/analysis/privacy/): their ids
 * become `anon:…` pseudonyms (the same an analysis of the input gives), their names are not
 * written, their names inside texts become their pseudonyms, and rejected records are redacted.
 * Units' accounts, the page and organisations keep their ids and names, so the configuration
 * still matches. `reveal: true` writes the data as read.
 */
import { inputCapabilities, sameCapabilities } from '../analysis/availability';
import { makePrivacy } from '../analysis/privacy/index';
import type { Config } from '../config/schema';
import { DdciError, checkOptionKeys } from '../errors';
import { CANONICAL_FORMAT, CANONICAL_VERSION } from '../ingest/formats/canonical';
import type { IdentityKind, IngestResult, Tag } from '../model/types';
import { resolveData } from '../resolve/resolved';

/** Options of {@link writeCanonical}. */
export interface CanonicalOptions {
  /** Write individuals' ids, names and texts as read (default false: pseudonymised). */
  reveal?: boolean;
  /** Key of stable pseudonyms; overrides `config.privacy.key` (the CLI passes `DDCI_SNA_KEY`). */
  privacyKey?: string;
  /** Who wrote the file, for the header (default `ddci-sna`; the CLI adds its version). */
  generator?: string;
}

const OPTION_KEYS = new Set(['reveal', 'privacyKey', 'generator']);

/** How ids, names and texts of people are written. */
interface Writer {
  pseudonymized: boolean;
  id(id: string): string;
  name(id: string, name: string | null): string | null;
  text(text: string): string;
}

const AS_READ: Writer = { pseudonymized: false, id: (id) => id, name: (_id, name) => name, text: (text) => text };

/** The identities of the input's readable files: one kind, or `mixed`. */
function identitiesOf(input: IngestResult): IdentityKind {
  const kinds = new Set(input.report.perFile.filter((f) => f.error === null).map((f) => f.identities));
  if (kinds.size === 0) return 'platform';
  return kinds.size === 1 ? [...kinds][0]! : 'mixed';
}

const line = (value: object): string => `${JSON.stringify(value)}\n`;

/**
 * The canonical NDJSON of an ingested input, as lines (each ending with LF). Pseudonymised by the
 * configuration's who-is-who unless `reveal` (or the configuration's `privacy.pseudonymize: false`);
 * without a configuration, only `reveal: true` is possible (who is a person needs it).
 * @example
 * const input = await loadExport(['export/']);
 * const lines = writeCanonical(input, config);            // individuals pseudonymised
 * const exact = writeCanonical(input, null, { reveal: true });
 * await writeFile('export.ndjson', lines.join(''));
 */
export function writeCanonical(input: IngestResult, config: Config | null, options: CanonicalOptions = {}): string[] {
  checkOptionKeys(options, OPTION_KEYS, 'writeCanonical');
  const reveal = options.reveal === true || (config !== null && !config.privacy.pseudonymize);
  if (config === null && !reveal) {
    throw new DdciError({ code: 'invalid_option', path: ['config'], message: 'writeCanonical: pseudonymising individuals needs the configuration (who is a unit, the page or an organisation); give it, or reveal' });
  }
  const { dataset, report } = input;
  let writer = AS_READ;
  let rejects = report.rejects;
  if (!reveal) {
    const data = resolveData(dataset, config!);
    const privacy = makePrivacy(data, { pseudonymize: true, key: options.privacyKey ?? config!.privacy.key }, report.rejects);
    const individual = (id: string) => (data.actors.get(id)?.kind ?? 'individual') === 'individual';
    writer = {
      pseudonymized: true,
      id: (id) => (individual(id) ? privacy.actorId(id) : id),
      name: (id, name) => (individual(id) ? null : name),
      text: privacy.text,
    };
    rejects = privacy.rejects;
  }
  const caps = inputCapabilities(input);
  const idOrNull = (id: string | null) => (id === null ? null : writer.id(id));
  const tags = (list: readonly Tag[]) => list.map((t) => ({ id: writer.id(t.id), name: writer.name(t.id, t.name) }));

  const out: string[] = [line({
    type: 'header',
    format: CANONICAL_FORMAT,
    version: CANONICAL_VERSION,
    page: config?.page ?? null,
    identities: identitiesOf(input),
    capabilities: caps.run,
    pseudonymized: writer.pseudonymized,
    generator: options.generator ?? 'ddci-sna',
  })];
  const actors = dataset.actors.map((a) => ({ type: 'actor', id: writer.id(a.id), name: writer.name(a.id, a.name) }));
  actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const a of actors) out.push(line(a));
  for (const p of dataset.posts) {
    const own = caps.post(p);
    out.push(line({
      type: 'post',
      id: p.id,
      createdTime: p.createdTime,
      message: writer.text(p.message),
      fromId: idOrNull(p.fromId),
      adminCreatorId: idOrNull(p.adminCreatorId),
      parentId: p.parentId,
      permalinkUrl: p.permalinkUrl,
      statusType: p.statusType,
      sharesCount: p.sharesCount,
      reactionsTotal: p.reactionsTotal,
      reactionsByType: p.reactionsByType,
      commentsTotal: p.commentsTotal,
      messageTags: tags(p.messageTags),
      ...(sameCapabilities(own, caps.run) ? {} : { capabilities: own }),
    }));
  }
  for (const c of dataset.comments) {
    out.push(line({
      type: 'comment',
      id: c.id,
      postId: c.postId,
      parentId: c.parentId,
      parentUnknown: c.parentUnknown,
      createdTime: c.createdTime,
      message: writer.text(c.message),
      fromId: idOrNull(c.fromId),
      messageTags: tags(c.messageTags),
      hasAttachment: c.hasAttachment,
    }));
  }
  // Anonymous reactions of one target are told apart by their order there.
  let target = '';
  let slot = 0;
  for (const r of dataset.reactions) {
    if (r.targetId !== target) {
      target = r.targetId;
      slot = 0;
    }
    const anonymous = r.actorId === null ? { slot: String((slot += 1)) } : {};
    out.push(line({ type: 'reaction', targetId: r.targetId, targetType: r.targetType, actorId: idOrNull(r.actorId), reaction: r.type, ...anonymous }));
  }
  for (const r of rejects) {
    if (r.kept || r.recordType === 'file') continue; // a field reject's record is written; a file has no record
    out.push(line({ type: 'rejected', recordType: r.recordType, file: r.file, location: r.location, field: r.field, code: r.code, reason: r.reason, record: r.record }));
  }
  return out;
}
