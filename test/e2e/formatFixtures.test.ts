/**
 * `ddci-sna check` on the format fixtures of the delimited adapters (issue 9): each export, read
 * by its adapter, gives the figures `expected.json` holds — computed by the independent Python
 * reference (fixtures/tools/expected_formats.py) from what the format carries.
 *
 * Until the figures a format cannot give come out null with their reason (unavailable.json; the
 * analysis side of issue 9, another branch), the scorecard computed from them (`subIndices`,
 * `score`, `rank`) may differ; every other figure must agree, and the Facepager fixture, which
 * carries everything, agrees in full.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli';

const repo = new URL('../../', import.meta.url).pathname;

async function check(name: string) {
  let stdout = '';
  const code = await runCli(['check', join(repo, 'fixtures', 'formats', name), '--lang', 'en'], {
    stdout: (t) => { stdout += t; },
    stderr: () => {},
    isTty: false,
    env: {},
  });
  // One line per difference: `<path>: <message>`, then the summary line.
  const differences = stdout.trim().split('\n').slice(0, -1).map((line) => line.slice(0, line.indexOf(':')));
  return { code, stdout, differences };
}

/** The scorecard's fields, which depend on the null-with-reason figures. */
const SCORECARD = /^units\[[^\]]+\]\.(subIndices\.\w+|score|rank)$/;

describe('check on the delimited format fixtures', () => {
  it('facepager carries every figure: it matches expected.json in full', async () => {
    const { code, stdout } = await check('facepager');
    expect(stdout).toContain('matches expected.json');
    expect(code).toBe(0);
  });

  it.each(['minimaxir', 'minimaxir-excel', 'netvizz'])('%s: every figure the format carries matches expected.json (ingest, units, weekly, network)', async (name) => {
    const { differences } = await check(name);
    expect(differences.filter((path) => !SCORECARD.test(path))).toEqual([]);
  });
});
