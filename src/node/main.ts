#!/usr/bin/env node
/**
 * The `ddci-sna` executable (`dist/cli.js`: one file with the library and its dependencies,
 * tsup.config.ts says why): runs the CLI on this process's arguments. The only module that does
 * anything when loaded; nothing imports it, so importing `ddci-sna` or `ddci-sna/node` never runs
 * a command.
 *
 * A closed stdout (`ddci-sna analyze … | head -1`) ends the output quietly: the rest of what would
 * have been printed is dropped, the run finishes (its files are written) and exits with its code.
 */
import { runCli } from './cli';
import { EXIT_BUG } from './exitCodes';
import { tuneTiering } from './tiering';

// First, before the command's code runs: V8 reads the budget each time it resets a function's.
tuneTiering(process.versions.v8, process.execArgv);

/** A writer to a stream that stops writing, silently, once the reader has gone away (EPIPE). */
function quietOnClose(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

const stdout = quietOnClose(process.stdout);
const stderr = quietOnClose(process.stderr);

runCli(process.argv.slice(2), { stdout, stderr, isTty: Boolean(process.stderr.isTTY), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  // runCli reports every error itself; reaching this is a bug.
  (error: unknown) => {
    stderr(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_BUG;
  },
);
