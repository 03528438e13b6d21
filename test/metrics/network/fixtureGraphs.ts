/**
 * Real-shaped interaction graphs for the sampling tests: the two golden fixtures' exports and a
 * synthetic export made by the benchmark's generator (bench/generate.mjs), ingested and resolved
 * the way analyze() does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchConfig, generateExport } from '../../../bench/generate.mjs';
import { resolveConfig } from '../../../src/config/parse';
import type { Config } from '../../../src/config/schema';
import { buildInteractionGraph } from '../../../src/graph/build';
import { buildGraphIndex, type GraphIndex } from '../../../src/graph/index';
import type { IngestResult } from '../../../src/model/types';
import { loadExport } from '../../../src/node/loadExport';
import { resolveData } from '../../../src/resolve/resolved';

export interface AnalysisInput {
  label: string;
  input: IngestResult;
  config: Config;
}

const root = new URL('../../../', import.meta.url).pathname;

/** fixtures/<name>: its export and config. */
export async function fixtureInput(name: 'ddci-page' | 'edge-cases'): Promise<AnalysisInput> {
  const dir = join(root, 'fixtures', name);
  const config = resolveConfig(JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')));
  return { label: name, input: await loadExport([join(dir, 'export')]), config };
}

/** A seeded synthetic export of `interactions` comments, replies and reactions (written to a temp dir, then removed). */
export async function generatedInput(interactions: number, seed = 20250304): Promise<AnalysisInput> {
  const dir = await mkdtemp(join(tmpdir(), 'ddci-sampling-'));
  try {
    await generateExport({ interactions, seed, dir });
    return { label: `generated ${interactions}`, input: await loadExport([dir]), config: resolveConfig(benchConfig()) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The shared index of an input's interaction graph. */
export function indexOf({ input, config }: AnalysisInput): GraphIndex {
  return buildGraphIndex(buildInteractionGraph(resolveData(input.dataset, config)));
}

/** The two fixtures and a generated export of 20 000 interactions, for `it.each` (label, loader). */
export const REAL_SHAPED_INPUTS: readonly (readonly [string, () => Promise<AnalysisInput>])[] = [
  ['ddci-page', () => fixtureInput('ddci-page')],
  ['edge-cases', () => fixtureInput('edge-cases')],
  ['generated 20 000', () => generatedInput(20_000)],
];
