import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isLocalEndpoint, LOCAL_CREDENTIALS, LOCAL_REGION } from './local-endpoint.ts';

export interface DynamoClientOptions {
  /** An emulator (dynalite, DynamoDB Local) or a custom endpoint; absent for the AWS default. */
  endpoint?: string;
  region?: string;
  /** SDK retry attempts per call (SDK default 3). */
  maxAttempts?: number;
}

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

export function createDynamoClients(opts: DynamoClientOptions = {}): DynamoClients {
  const local = isLocalEndpoint(opts.endpoint);
  const config: DynamoDBClientConfig = {
    ...(opts.endpoint ? { endpoint: opts.endpoint } : {}),
    ...(opts.maxAttempts ? { maxAttempts: opts.maxAttempts } : {}),
  };
  if (local) {
    config.region = opts.region ?? LOCAL_REGION;
    config.credentials = { ...LOCAL_CREDENTIALS };
  } else if (opts.region) {
    config.region = opts.region;
  }
  const client = new DynamoDBClient(config);
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
    unmarshallOptions: { wrapNumbers: false },
  });
  return { client, doc };
}
