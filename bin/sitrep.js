#!/usr/bin/env node
// Runs the TypeScript CLI with no build step: compiled once into a cache that is rebuilt when a source changes
// (bin/cli-cache.js), else through tsx.
import { compiledMain } from './cli-cache.js';

// A closed pipe ("sitrep extract ... | head") ends the command quietly, as for any Unix tool.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
let main = await compiledMain();
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
