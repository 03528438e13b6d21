import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = new URL('../../', import.meta.url).pathname;

describe('README', () => {
  it('the notebook example runs as written against the built package', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const match = /<!-- readme-example: node -->\s*```js\n([\s\S]*?)```/.exec(readme);
    expect(match, 'README has a marked node example').not.toBeNull();
    // Written inside the package so that `ddci-sna` resolves to this package (self-reference).
    const script = join(repo, 'test', '.readme-example.mjs');
    writeFileSync(script, match![1]);
    try {
      const output = execFileSync(process.execPath, [script], { cwd: repo, encoding: 'utf8' });
      expect(output).toContain('Sở Kế hoạch và Đầu tư');
      expect(output).toMatch(/^\d+ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d https:\/\/www\.facebook\.com\//m);
    } finally {
      rmSync(script, { force: true });
    }
  });

  it('shows the two first-screen commands', () => {
    const readme = readFileSync(join(repo, 'README.md'), 'utf8');
    const firstScreen = readme.split('\n').slice(0, 30).join('\n');
    expect(firstScreen).toContain('npm install && npm start');
    expect(firstScreen).toContain('npm install && npm test');
  });
});
