/**
 * SDK clients for the handlers, created once per cold start at module scope and reused by every invocation
 * (keep-alive connections, no per-invocation setup). Region and credentials come from the Lambda environment.
 *
 * Endpoints: the SDK itself honours `AWS_ENDPOINT_URL_DYNAMODB`, `AWS_ENDPOINT_URL_S3`,
 * `AWS_ENDPOINT_URL_EVENTBRIDGE` and `AWS_ENDPOINT_URL` (tests/functions/bundles.test.ts runs the bundles against
 * dynalite, s3rver and a fake PutEvents endpoint that way). The one thing added here: an S3 endpoint that is not
 * an AWS host (an emulator) is addressed path-style, as `createS3Client` does for endpoints it is given.
 *
 * Each entry file imports only the adapters it uses, so that a bundle holds only its own function's code.
 */
import { createDynamoClients, type DynamoClients } from '../../shared/adapters/aws/dynamo-client.ts';
import { isLocalEndpoint } from '../../shared/adapters/aws/local-endpoint.ts';
import type { S3ClientOptions } from '../../shared/adapters/aws/object-store.ts';
import { serviceEndpoint, type Env } from './config.ts';

let dynamo: DynamoClients | undefined;

/** One DynamoDB client pair per execution environment. */
export function dynamoClients(): DynamoClients {
  dynamo ??= createDynamoClients();
  return dynamo;
}

/** Options for `createS3Client`: the SDK's own endpoint, region and credentials; path style for an emulator. */
export function s3ClientOptions(env: Env = process.env): S3ClientOptions {
  return isLocalEndpoint(serviceEndpoint(env, 'S3')) ? { forcePathStyle: true } : {};
}
