/**
 * Preloaded into a benchmarked command (`node --import ./bench/exitUsage.mjs dist/cli.js …`): when
 * the process exits, writes its own resource usage as one JSON line to the file named by
 * $DDCI_BENCH_USAGE: CPU of every thread (user + system, ms) and peak RSS (the kernel's high-water
 * mark, KiB). A child's usage is not given back by `spawnSync`, and /usr/bin/time is not everywhere.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.DDCI_BENCH_USAGE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }) + '\n');
  });
}
