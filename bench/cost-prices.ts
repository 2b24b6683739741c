/**
 * The price table of `npm run cost`: AWS public list prices, US East (N. Virginia), on-demand, without free tiers
 * or discounts, as published on the services' pricing pages as of 2025-06-01. Check them before relying on a
 * figure: https://aws.amazon.com/dynamodb/pricing/on-demand/, /lambda/pricing/, /sqs/pricing/,
 * /eventbridge/pricing/, /cloudwatch/pricing/, /s3/pricing/.
 */
export const PRICES = {
  asOf: '2025-06-01',
  region: 'us-east-1',
  /** USD per unit. */
  usd: {
    dynamoWriteRequestUnit: 0.625 / 1e6,
    dynamoReadRequestUnit: 0.125 / 1e6,
    /** Standard queue; each 64 KB chunk of a payload is one request. */
    sqsRequest: 0.4 / 1e6,
    lambdaRequest: 0.2 / 1e6,
    /** Arm64, first pricing tier. */
    lambdaGbSecond: 0.0000133334,
    /** Custom events put on a bus; each 64 KB chunk of an entry is one event. AWS service events are free. */
    eventBridgeEvent: 1.0 / 1e6,
    /** Events written to an archive. */
    eventBridgeArchiveGb: 0.1,
    /** CloudWatch Logs ingestion (Standard class). */
    logsIngestedGb: 0.5,
    s3PutRequest: 0.005 / 1000,
    s3GetRequest: 0.0004 / 1000,
  },
} as const;

export type PriceKey = keyof typeof PRICES.usd;

/**
 * DynamoDB provisioned capacity (standard table class), US East, as of the same date: the price of capacity held
 * for an hour, whether used or not (https://aws.amazon.com/dynamodb/pricing/provisioned/). Not what the stack
 * deploys (on demand): `npm run cost` shows what the same units would cost on capacity auto-scaled to a steady load.
 */
export const PROVISIONED = {
  wcuHour: 0.00065,
  rcuHour: 0.00013,
  /** The average use of provisioned capacity assumed: auto scaling's default target. */
  utilization: 0.7,
} as const;
