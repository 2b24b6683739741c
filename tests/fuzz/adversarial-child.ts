// Runs one adversarial case in its own process, so the test can kill a superlinear extractor instead of hanging
// (synchronous code cannot be interrupted in-process). usage: node --import tsx adversarial-child.ts CASE_NAME
import { runAdversarialCase } from './adversarial-cases.ts';

process.stdout.write(JSON.stringify(runAdversarialCase(process.argv[2] ?? '')));
