// Prints the milliseconds of the first GeoNames lookup in this process (run by bench/large-article.ts).
import { resolvePlace } from '../shared/extract/gazetteer/geo.ts';

const start = process.hrtime.bigint();
resolvePlace('Lyman');
process.stdout.write(`${Number(process.hrtime.bigint() - start) / 1e6}\n`);
