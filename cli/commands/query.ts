import { parseArgs } from 'node:util';
import { EVENT_TYPES } from '../../shared/events/contracts.ts';
import type { ReadModelFilter, ReadModelName } from '../../shared/ports.ts';
import { InvalidFilterError, validateFilter } from '../../shared/projections/filter.ts';
import {
  connect,
  connectStack,
  DATA_DIR_OPTION,
  STACK_OPTIONS,
  devGet,
  disconnect,
  printError,
} from '../lib/connect.ts';
import { renderTable } from '../lib/table.ts';
import { CliUsageError } from '../usage.ts';

export const QUERY_HELP = `Usage: sitrep query missions|entities|timeline|articles [filters] [--json] [--data-dir D | --stack NAME]

Shows a read model of the local pipeline, or of a deployed stack with --stack: a table on a terminal, one JSON
array with --json.

Filters (all optional; names match canonical names or ISO codes, case and accents ignored):
  --actor NAME       missions and timeline: e.g. Russia, RU, NATO
  --location NAME    missions and timeline: e.g. "Nagorno-Karabakh"
  --type TYPE        timeline: DeploymentAnnounced | WithdrawalBegun | EntityDissolved
  --since DATE       from this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
  --until DATE       up to this date, inclusive
  --within PLACE     missions and timeline at or inside a state, region or area: e.g. Ukraine, UA, "Kyiv Oblast"
  --status STATUS    missions: announced | deployed | withdrawing | withdrawn; entities: dissolved;
                     articles: processed | failed
  --active-on DATE   missions whose forces were present on that date
  --sort ORDER       key (default) | first-reported | last-reported | sources | personnel
  --json             print a JSON array instead of a table (every field)
  --data-dir D       the pipeline's data directory (default .sitrep)
  --stack NAME       a deployed stack instead: its tables from the outputs file (AWS credentials as for the CLI)
  --outputs FILE     with --stack: 'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R         with --stack: the stack's Region (default: AWS_REGION / the profile's)

Example:
  sitrep query missions --actor Russia
  sitrep query missions --within Ukraine --status withdrawing
  sitrep query missions --active-on 2022-03-01 --sort sources
  sitrep query timeline --type WithdrawalBegun --since 2024 --json
  sitrep query missions --stack Sitrep --outputs cdk-outputs.json
`;

const MODELS: ReadModelName[] = ['missions', 'entities', 'timeline', 'articles'];

/** Columns shown on a terminal; --json has every field. */
const COLUMNS: Record<ReadModelName, Array<[string, (row: Record<string, unknown>) => unknown]>> = {
  missions: [
    ['actor', (r) => name(r['actor'])],
    ['location', (r) => name(r['location'])],
    ['country', (r) => name(r['country'])],
    ['status', (r) => r['status']],
    ['personnel', (r) => r['personnel']],
    ['announcedOn', (r) => r['announcedOn']],
    ['withdrawalBegunOn', (r) => r['withdrawalBegunOn']],
    ['sources', (r) => r['sourceCount']],
    ['conflicts', (r) => (r['conflicts'] as unknown[] | undefined)?.length || undefined],
  ],
  entities: [
    ['name', (r) => r['name']],
    ['status', (r) => r['status']],
    ['decidedOn', (r) => r['decidedOn']],
    ['effectiveOn', (r) => r['effectiveOn']],
    ['sources', (r) => r['sourceCount']],
  ],
  timeline: [
    ['occurredOn', (r) => r['occurredOn']],
    ['type', (r) => r['type']],
    ['actor', (r) => name(r['actor'])],
    ['location/entity', (r) => name(r['location']) ?? name(r['entity'])],
    ['personnel', (r) => r['personnel']],
    ['article', (r) => r['articleKey']],
  ],
  articles: [
    ['key', (r) => r['key']],
    ['status', (r) => r['status']],
    ['events', (r) => r['eventCount']],
    ['error', (r) => (r['error'] as { code?: string } | null)?.code],
    ['title', (r) => r['title']],
  ],
};

const name = (v: unknown): string | undefined =>
  v && typeof v === 'object' && 'name' in v ? String((v as { name: unknown }).name) : undefined;

export async function runQuery(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...DATA_DIR_OPTION,
      ...STACK_OPTIONS,
      actor: { type: 'string' },
      location: { type: 'string' },
      type: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      within: { type: 'string' },
      status: { type: 'string' },
      'active-on': { type: 'string' },
      sort: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const model = positionals[0] as ReadModelName | undefined;
  if (!model || !MODELS.includes(model) || positionals.length > 1) {
    throw new CliUsageError(`name one read model: ${MODELS.join(', ')} (see 'sitrep query --help')`);
  }
  if (values.type && !(EVENT_TYPES as readonly string[]).includes(values.type)) {
    throw new CliUsageError(`--type must be one of ${EVENT_TYPES.join(', ')}, got '${values.type}'`);
  }
  const filter: ReadModelFilter = {};
  for (const key of ['actor', 'location', 'type', 'since', 'until', 'within', 'status', 'sort'] as const)
    if (values[key]) filter[key] = values[key];
  if (values['active-on']) filter.activeOn = values['active-on'];
  // --json rows carry the whole structure: a mission's full history, from the store's summaries.
  if (values.json && model === 'missions') filter.history = 'full';
  try {
    validateFilter(filter);
  } catch (err) {
    if (err instanceof InvalidFilterError)
      throw new CliUsageError(`--${err.message.replace(/^activeOn/, 'active-on')}`);
    throw err;
  }

  let rows: Array<Record<string, unknown>>;
  try {
    const conn = values.stack
      ? await connectStack({ stack: values.stack, outputs: values.outputs, region: values.region })
      : await connect(values['data-dir'], {}, 'read');
    try {
      // An embedded runtime first processes what its start found missing from the log (see reconcile).
      if (conn.kind === 'embedded') await conn.runtime.settle();
      rows =
        conn.kind === 'dev'
          ? await devGet(conn.dev, `/${model}?${new URLSearchParams(filter as Record<string, string>)}`)
          : await conn.runtime.readModels.query(model, filter);
    } finally {
      await disconnect(conn);
    }
  } catch (err) {
    return printError('query', err);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const columns = COLUMNS[model];
  const table = rows.map((r) => Object.fromEntries(columns.map(([c, get]) => [c, get(r)])));
  process.stdout.write(
    renderTable(
      table,
      columns.map(([c]) => c),
    ),
  );
  process.stdout.write(
    `${rows.length} ${rows.length === 1 ? { missions: 'mission', entities: 'entity', timeline: 'event', articles: 'article' }[model] : model === 'timeline' ? 'events' : model}\n`,
  );
  return 0;
}
