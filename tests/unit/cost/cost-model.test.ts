import { describe, expect, it } from 'vitest';
import {
  costPerMillionArticles,
  provisionedDynamoPerMillion,
  renderCostSection,
  type Usage,
} from '../../../bench/cost-model.ts';
import { PRICES } from '../../../bench/cost-prices.ts';

const NONE: Usage = {
  articles: 10,
  dynamoWriteUnits: 0,
  dynamoReadUnits: 0,
  sqsRequests: 0,
  lambdaInvocations: 0,
  lambdaGbSeconds: 0,
  busEvents: 0,
  archiveBytes: 0,
  logBytes: 0,
  s3Puts: 0,
  s3Gets: 0,
};
const line = (model: ReturnType<typeof costPerMillionArticles>, unit: string) =>
  model.lines.find((l) => l.unit === unit)!;

describe('costPerMillionArticles', () => {
  it('given 10 articles using 200 write units, then 20 per article cost 20 million units per million articles', () => {
    const model = costPerMillionArticles({ ...NONE, dynamoWriteUnits: 200 });
    expect(line(model, 'write units').perArticle).toBe(20);
    expect(line(model, 'write units').usdPerMillion).toBeCloseTo(20 * 1e6 * PRICES.usd.dynamoWriteRequestUnit, 10);
    expect(model.usdPerMillion).toBeCloseTo(12.5, 10); // 20 M units at $0.625 per million
    expect(model.shares['DynamoDB']).toBe(1);
  });

  it('given bytes, then they are billed per GB (2^30 bytes)', () => {
    const gb = 1024 ** 3;
    const model = costPerMillionArticles({ ...NONE, articles: 1e6, logBytes: 4 * gb, archiveBytes: gb });
    expect(line(model, 'log bytes').usdPerMillion).toBeCloseTo(4 * PRICES.usd.logsIngestedGb, 10);
    expect(line(model, 'archive bytes').usdPerMillion).toBeCloseTo(PRICES.usd.eventBridgeArchiveGb, 10);
  });

  it('sums every line into the total, and the shares of the services into 1', () => {
    const usage: Usage = {
      articles: 4,
      dynamoWriteUnits: 100,
      dynamoReadUnits: 80,
      sqsRequests: 6,
      lambdaInvocations: 12,
      lambdaGbSeconds: 0.5,
      busEvents: 10,
      archiveBytes: 8000,
      logBytes: 12000,
      s3Puts: 4,
      s3Gets: 4,
    };
    const model = costPerMillionArticles(usage);
    expect(model.usdPerMillion).toBeCloseTo(
      model.lines.reduce((s, l) => s + l.usdPerMillion, 0),
      10,
    );
    expect(Object.values(model.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    // Lambda: 3 invocations and 0.125 GB-s per article.
    expect(line(model, 'invocations').usdPerMillion).toBeCloseTo(3 * 0.2, 10);
    expect(line(model, 'GB-seconds').usdPerMillion).toBeCloseTo(0.125 * 1e6 * PRICES.usd.lambdaGbSecond, 10);
  });

  it('refuses a run without articles', () => {
    expect(() => costPerMillionArticles({ ...NONE, articles: 0 })).toThrow(/no articles/);
  });
});

describe('renderCostSection', () => {
  it('states the figure, the price table date and Region, and one row per input', () => {
    const model = costPerMillionArticles({ ...NONE, dynamoWriteUnits: 200, s3Puts: 10 });
    const text = renderCostSection(model, { corpus: 'dev', articles: 10, notes: ['a note'] });
    expect(text).toMatch(/^\*\*\$17\.50 per million articles\*\* \(DynamoDB 71 %, S3 29 %/);
    expect(text).toContain(`${PRICES.region} as of ${PRICES.asOf}`);
    expect(text).toContain('| DynamoDB | write units | 20.00 | $12.50 |');
    expect(text).toContain('| S3 | PUT requests | 1.00 | $5.00 |');
    expect(text).toContain('- a note');
  });
});

describe('provisionedDynamoPerMillion', () => {
  it('given 36 write units per article on capacity used at 50 %, then each unit costs a unit-hour / 1,800', () => {
    const p = { wcuHour: 0.0018, rcuHour: 0.00036, utilization: 0.5 };
    // 36 writes: 36 / 1,800 WCU-hours = $0.000036; 18 reads: 18 / 1,800 RCU-hours = $0.0000036 (per article).
    const usd = provisionedDynamoPerMillion({ articles: 2, dynamoWriteUnits: 72, dynamoReadUnits: 36 }, p);
    expect(usd).toBeCloseTo((36 * 0.001 + 18 * 0.0002) * 1e6 * (1 / 1000), 8);
  });
});
