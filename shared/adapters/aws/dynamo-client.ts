import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

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

/** Credentials an emulator accepts (DynamoDB Local wants letters and digits only; it keys its data on them). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'local';

/** True for an endpoint that is not an AWS service host: an emulator gets dummy credentials and region. */
export function isLocalEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  let host: string;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return false;
  }
  return !/\.amazonaws\.com(\.cn)?$/i.test(host) && !/\.api\.aws$/i.test(host);
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
