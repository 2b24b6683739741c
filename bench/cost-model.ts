/**
 * The cost model's arithmetic (pure): a measured run's usage totals → cost per million articles by price line, and
 * the BENCHMARKS.md section that shows both.
 */
import { PRICES, PROVISIONED, type PriceKey } from './cost-prices.ts';

/** What an instrumented run used, in total, for `articles` articles. */
export interface Usage {
  articles: number;
  dynamoWriteUnits: number;
  dynamoReadUnits: number;
  sqsRequests: number;
  lambdaInvocations: number;
  lambdaGbSeconds: number;
  /** Custom events put on the Sitrep bus, in 64 KB chunks. */
  busEvents: number;
  archiveBytes: number;
  logBytes: number;
  s3Puts: number;
  s3Gets: number;
}

type Metered = Exclude<keyof Usage, 'articles'>;

const GB = 1024 ** 3;
const PER_MILLION = 1e6;

/** Each usage total, its price line, and the factor from its unit to the price's unit. */
const LINES: ReadonlyArray<{ usage: Metered; price: PriceKey; service: string; unit: string; factor: number }> = [
  { usage: 'dynamoWriteUnits', price: 'dynamoWriteRequestUnit', service: 'DynamoDB', unit: 'write units', factor: 1 },
  { usage: 'dynamoReadUnits', price: 'dynamoReadRequestUnit', service: 'DynamoDB', unit: 'read units', factor: 1 },
  { usage: 'sqsRequests', price: 'sqsRequest', service: 'SQS', unit: 'requests', factor: 1 },
  { usage: 'lambdaInvocations', price: 'lambdaRequest', service: 'Lambda', unit: 'invocations', factor: 1 },
  { usage: 'lambdaGbSeconds', price: 'lambdaGbSecond', service: 'Lambda', unit: 'GB-seconds', factor: 1 },
  { usage: 'busEvents', price: 'eventBridgeEvent', service: 'EventBridge', unit: 'bus events', factor: 1 },
  {
    usage: 'archiveBytes',
    price: 'eventBridgeArchiveGb',
    service: 'EventBridge',
    unit: 'archive bytes',
    factor: 1 / GB,
  },
  { usage: 'logBytes', price: 'logsIngestedGb', service: 'CloudWatch Logs', unit: 'log bytes', factor: 1 / GB },
  { usage: 's3Puts', price: 's3PutRequest', service: 'S3', unit: 'PUT requests', factor: 1 },
  { usage: 's3Gets', price: 's3GetRequest', service: 'S3', unit: 'GET requests', factor: 1 },
];

export interface CostLine {
  service: string;
  unit: string;
  perArticle: number;
  usdPerMillion: number;
}

export interface CostModel {
  lines: CostLine[];
  usdPerMillion: number;
  /** Share of the total by service, 0..1. */
  shares: Record<string, number>;
}

export function costPerMillionArticles(usage: Usage, usd: Record<PriceKey, number> = PRICES.usd): CostModel {
  if (!(usage.articles > 0)) throw new Error('cost model: the run processed no articles');
  const lines = LINES.map((l) => {
    const perArticle = usage[l.usage] / usage.articles;
    return {
      service: l.service,
      unit: l.unit,
      perArticle,
      usdPerMillion: perArticle * l.factor * usd[l.price] * PER_MILLION,
    };
  });
  const total = lines.reduce((sum, l) => sum + l.usdPerMillion, 0);
  const shares: Record<string, number> = {};
  for (const l of lines) shares[l.service] = (shares[l.service] ?? 0) + (total ? l.usdPerMillion / total : 0);
  return { lines, usdPerMillion: total, shares };
}

const SECONDS_PER_HOUR = 3600;

/**
 * The DynamoDB lines on provisioned capacity instead of on demand: a capacity unit-hour serves 3,600 units (one a
 * second) at full use, `utilization` of that on average (a steady load under auto scaling; a bursty one wastes more).
 */
export function provisionedDynamoPerMillion(
  usage: Pick<Usage, 'articles' | 'dynamoWriteUnits' | 'dynamoReadUnits'>,
  p: { wcuHour: number; rcuHour: number; utilization: number } = PROVISIONED,
): number {
  const perUnit = (hourly: number) => hourly / (SECONDS_PER_HOUR * p.utilization);
  const perArticle =
    (usage.dynamoWriteUnits * perUnit(p.wcuHour) + usage.dynamoReadUnits * perUnit(p.rcuHour)) / usage.articles;
  return perArticle * PER_MILLION;
}

const usd = (n: number) => `$${n.toFixed(2)}`;
const amount = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));

/** The BENCHMARKS.md section: the figure, its inputs per article and the price table's date and Region. */
export function renderCostSection(
  model: CostModel,
  run: { corpus: string; articles: number; notes: string[] },
): string {
  const rows = model.lines.map(
    (l) => `| ${l.service} | ${l.unit} | ${amount(l.perArticle)} | ${usd(l.usdPerMillion)} |`,
  );
  const shares = Object.entries(model.shares)
    .sort(([, a], [, b]) => b - a)
    .map(([service, share]) => `${service} ${(share * 100).toFixed(0)} %`)
    .join(', ');
  return [
    `**${usd(model.usdPerMillion)} per million articles** (${shares}), measured on ${run.corpus} (${run.articles} articles)`,
    `with list prices of ${PRICES.region} as of ${PRICES.asOf} (bench/cost-prices.ts; on-demand, no free tier).`,
    '',
    '| service | usage | per article | per million articles |',
    '| --- | --- | --- | --- |',
    ...rows,
    `| **total** | | | **${usd(model.usdPerMillion)}** |`,
    '',
    ...run.notes.map((n) => `- ${n}`),
  ].join('\n');
}
