/**
 * An esbuild plugin (for tsup.config.ts) that writes `dist/THIRD-PARTY-NOTICES.md`: the name,
 * version, license and license text of every npm package whose code a build bundles into a file
 * of `dist/` (the executable and its report thread carry their dependencies' code, so their
 * notices must travel with them). The packages come from esbuild's metafile: the inputs under a
 * `node_modules/` folder. One plugin object serves several builds and writes the union of them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'esbuild';

/** The package folder of an input path: `node_modules/@scope/name` or `node_modules/name`, else null. */
function packageDirOf(input: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match ? match[1]! : null;
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file === undefined ? '' : readFileSync(join(dir, file), 'utf8').trim();
}

export function bundledNotices(outFile: string): Plugin {
  const packageDirs = new Set<string>();
  const outputs = new Set<string>();
  return {
    name: 'bundled-notices',
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
          if (output.endsWith('.js') && Object.keys(inputs).some((input) => packageDirOf(input) !== null)) outputs.add(output);
        }
        for (const input of Object.keys(result.metafile.inputs)) {
          const dir = packageDirOf(input);
          if (dir !== null && existsSync(join(dir, 'package.json'))) packageDirs.add(dir);
        }
        const sections = [...packageDirs]
          .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string } }))
          .sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0))
          .map(({ dir, pkg }) => `## ${pkg.name} ${pkg.version} (${pkg.license ?? 'see its license'})\n\n\`\`\`\n${licenseText(dir) || `(no license file in the package; its package.json says ${pkg.license ?? 'nothing'})`}\n\`\`\`\n`);
        mkdirSync(dirname(outFile), { recursive: true });
        const files = [...outputs].sort().map((file) => `\`${file}\``).join(', ');
        writeFileSync(outFile, `# Third-party notices\n\n${files} contain code of these packages, under these licenses.\n\n${sections.join('\n')}`);
      });
    },
  };
}
