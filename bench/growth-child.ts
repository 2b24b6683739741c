// One measured `sitrep ingest --json --data-dir D FOLDER` run, in its own process so that its peak RSS is its own
// (bench/growth.ts starts it). Prints one JSON line of measures on stdout's last line; the CLI's summary goes to a file.
import { writeFileSync } from 'node:fs';
import { listenToStoreCalls } from '../infra/local/runtime.ts';
import { runIngest } from '../cli/commands/ingest.ts';
import { largestItem } from './largest-item.ts';

export interface GrowthChildResult {
  exitCode: number;
  seconds: number;
  peakRssMb: number;
  calls: Record<string, number>;
  /** Items read, by operation. */
  reads: Record<string, number>;
  itemsWritten: number;
  itemsRead: number;
  /** The largest read-model item (row, summary child item or fact) in the data directory after the run. */
  maxItemBytes: number;
}

const [dataDir, folder, summaryPath] = process.argv.slice(2);
if (!dataDir || !folder || !summaryPath) throw new Error('usage: growth-child DATA_DIR FOLDER SUMMARY_PATH');

const calls: Record<string, number> = {};
const reads: Record<string, number> = {};
let itemsWritten = 0;
let itemsRead = 0;
listenToStoreCalls((operation, written, read) => {
  calls[operation] = (calls[operation] ?? 0) + 1;
  if (read) reads[operation] = (reads[operation] ?? 0) + read;
  itemsWritten += written;
  itemsRead += read;
});
const write = process.stdout.write.bind(process.stdout);
let summary = '';
process.stdout.write = ((chunk: string | Uint8Array) => {
  summary += String(chunk);
  return true;
}) as typeof process.stdout.write;
const start = performance.now();
const exitCode = await runIngest(['--json', '--data-dir', dataDir, folder]);
const seconds = (performance.now() - start) / 1000;
writeFileSync(summaryPath, summary);
const result: GrowthChildResult = {
  exitCode,
  seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  calls,
  reads,
  itemsWritten,
  itemsRead,
  maxItemBytes: largestItem(dataDir).bytes,
};
write(`${JSON.stringify(result)}\n`);
