/**
 * A toy export format for the tests: what adding a format takes — one module like this one, and
 * one line in the registry (`[...FORMATS, toyFormat]` here; `src/ingest/registry.ts` in the code).
 *
 * `#toy v1` on the first line, then one record per line, fields separated by `|`:
 *   post|<id>|<unix seconds>|<author name or ->|<message>|<comments total>|<reactions by type: LIKE=3,WOW=1>
 *   comment|<id>|<post id>|<parent id, ? (a reply to someone unnamed) or ->|<unix seconds>|<author or ->|<message>
 *   like|<target id>|<post or comment>|<author or ->
 * Authors are display names only (identities: `name`); `-` is nobody (anonymous).
 */
import type { FormatAdapter } from '../../src/ingest/adapter';

const name = (field: string) => (field === '-' ? null : { id: null, name: field });

export const toyFormat: FormatAdapter = Object.freeze<FormatAdapter>({
  format: 'toy-v1',
  description: 'the tests\' toy format: #toy v1, then post|…, comment|…, like|… lines',
  detect: (head) => head.text.startsWith('#toy v1\n'),
  read(file, sink) {
    sink.identities('name');
    const lines = file.text.split('\n');
    for (let i = 1; i < lines.length; i += 1) {
      const line = lines[i];
      if (line === '') continue;
      const at = { path: 'line ', index: i + 1, raw: line };
      const f = line.split('|');
      if (f[0] === 'post' && f.length === 7) {
        const byType = Object.fromEntries(f[6].split(',').filter(Boolean).map((kv) => {
          const [type, n] = kv.split('=');
          return [type, Number(n)];
        }));
        sink.post({
          id: f[1], time: Number(f[2]) * 1000, from: name(f[3]), message: f[4],
          commentsTotal: f[5] === '' ? null : Number(f[5]), reactionsByType: byType,
          fieldNames: { commentsTotal: 'comments total' },
        }, at);
      } else if (f[0] === 'comment' && f.length === 7) {
        sink.comment({
          id: f[1], postId: f[2], parentId: f[3] === '-' || f[3] === '?' ? null : f[3], parentUnknown: f[3] === '?',
          time: Number(f[4]) * 1000, from: name(f[5]), message: f[6],
        }, at);
      } else if (f[0] === 'like' && f.length === 4) {
        sink.reaction({ targetId: f[1], targetType: f[2] === 'post' ? 'post' : 'comment', actor: name(f[3]), type: 'like', slot: `line ${i + 1}` }, at);
      } else {
        sink.reject({ recordType: 'post', field: '', code: 'not_a_toy_record', detail: `a line of ${f.length} fields of no known kind` }, at);
      }
    }
  },
});

/** A toy file from its record lines. */
export const toyFile = (fileName: string, ...lines: string[]) => ({ name: fileName, content: ['#toy v1', ...lines, ''].join('\n') });
