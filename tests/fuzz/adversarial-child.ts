// Runs the adversarial cases named on the command line in one process, one JSON line per case as it finishes, so
// the test can kill a superlinear extractor instead of hanging (synchronous code cannot be interrupted in-process).
// usage: node --import tsx adversarial-child.ts CASE_NAME...
import { runAdversarialCase } from './adversarial-cases.ts';

for (const name of process.argv.slice(2)) {
  process.stdout.write(`${JSON.stringify({ name, ...runAdversarialCase(name) })}\n`);
}
