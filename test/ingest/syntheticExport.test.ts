/**
 * The benchmark's synthetic export (bench/generate.mjs) at a tiny size: what CI runs of the ingest
 * benchmark. Ingest must find exactly the counts the generator wrote down.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { generateExport } from '../../bench/generate.mjs';
import { loadExport } from '../../src/node/loadExport';

test('a generated export of 3 000 interactions is read with the manifest counts, duplicates included', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ddci-gen-'));
  try {
    const manifest = await generateExport({ interactions: 3_000, seed: 7, dir });
    expect(manifest.files.length).toBeGreaterThanOrEqual(4);
    expect(manifest.files.some((f) => f.endsWith('.ndjson'))).toBe(true);
    const { dataset, report } = await loadExport([dir]);
    const { replies: _replies, ...expected } = manifest.expected;
    expect(report).toMatchObject(expected);
    expect(report.comments + report.reactions).toBe(3_000);
    expect(dataset.comments.filter((c) => c.parentId !== null)).toHaveLength(manifest.expected.replies);
    expect(dataset.comments.filter((c) => c.fromId === null)).toHaveLength(manifest.anonymousComments);
    // Vietnamese text written partly in NFD comes out NFC.
    expect(dataset.comments.every((c) => c.message === c.message.normalize('NFC'))).toBe(true);
    // The same seed gives the same export.
    const again = await generateExport({ interactions: 3_000, seed: 7, dir: join(dir, 'again') });
    expect(again.expected).toEqual(manifest.expected);
    expect(again.bytes).toBe(manifest.bytes);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
