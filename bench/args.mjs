/**
 * The benches' command lines, read one way: node:util's `parseArgs`, strict. `--help` (`-h`)
 * prints the script's usage and exits 0; an unknown option, a missing value or a bad number prints
 * what is wrong and the usage on stderr and exits 2 — before any data are generated or any command
 * is run (a mistyped option used to be ignored, and the bench ran at its default sizes).
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

/** Thrown by the number readers; {@link readArgs} turns it into exit 2 with the usage. */
class UsageError extends Error {}

/**
 * The options and positionals of `argv` (default: this process's), or the process ends: usage on
 * `--help`, exit 2 on a mistake. `read` turns the raw values into the script's; a {@link UsageError}
 * it throws (see {@link integers}) is a mistake too.
 * @example
 * const { sizes } = readArgs('node bench/x.mjs [--sizes 10000,50000]', { sizes: { type: 'string' } },
 *   ({ values }) => ({ sizes: integers(values.sizes, '--sizes') }));
 */
export function readArgs(usage, options, read = (parsed) => parsed, { positionals = false, argv = process.argv.slice(2) } = {}) {
  const script = `bench/${basename(process.argv[1] ?? 'bench')}`;
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals, strict: true });
    if (parsed.values.help) {
      console.log(`usage: ${usage}`);
      process.exit(0);
    }
    return read(parsed);
  } catch (error) {
    if (!(error instanceof UsageError) && !String(error?.code).startsWith('ERR_PARSE_ARGS')) throw error;
    console.error(`${script}: ${error.message}\nusage: ${usage}`);
    process.exit(2);
  }
}

/** Ends the reading with `message` (exit 2 with the usage). */
export function usageError(message) {
  throw new UsageError(message);
}

/** A comma-separated list of positive integers (`10000,50000`), or undefined when `text` is. */
export function integers(text, name) {
  if (text === undefined) return undefined;
  const values = text.split(',').map(Number);
  if (!values.every(isPositiveInteger)) usageError(`${name} wants positive integers, not ${JSON.stringify(text)}`);
  return values;
}

/** One positive integer, or undefined when `text` is. */
export function integer(text, name) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!isPositiveInteger(value)) usageError(`${name} wants a positive integer, not ${JSON.stringify(text)}`);
  return value;
}

// Number('') and Number(' ') are 0: an empty part is refused here too.
const isPositiveInteger = (value) => Number.isSafeInteger(value) && value > 0;

/** One of `allowed`, or undefined when `text` is. */
export function choice(text, name, allowed) {
  if (text !== undefined && !allowed.includes(text)) usageError(`${name} is one of ${allowed.join(', ')}, not ${JSON.stringify(text)}`);
  return text;
}
