#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so the repo needs no build step.
import { register } from 'tsx/esm/api';

register();
// A closed pipe ("sitrep extract ... | head") ends the command quietly, as for any Unix tool.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
