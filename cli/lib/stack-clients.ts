/**
 * The SQS and EventBridge clients of the `--stack` commands that watch the bus and the queues (`tail --follow`,
 * `status`). The SDK's default credentials and Region, or `--region`; `AWS_ENDPOINT_URL_SQS` and
 * `AWS_ENDPOINT_URL_EVENTBRIDGE` point them at another endpoint (moto_server in the tests), which gets dummy
 * credentials as the DynamoDB clients do for an emulator.
 */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { SQSClient } from '@aws-sdk/client-sqs';
import { isLocalEndpoint, LOCAL_CREDENTIALS } from '../../shared/adapters/aws/local-endpoint.ts';

/** An emulator's Region when none is given: moto builds ARNs and queue URLs from it, so it must look real. */
const EMULATOR_REGION = 'us-east-1';

export interface StackClients {
  sqs: SQSClient;
  events: EventBridgeClient;
  close(): void;
}

export function createStackClients(opts: { region?: string | undefined } = {}): StackClients {
  const config = (endpoint: string | undefined) => {
    if (isLocalEndpoint(endpoint)) {
      return { endpoint, region: opts.region ?? EMULATOR_REGION, credentials: { ...LOCAL_CREDENTIALS } };
    }
    return { ...(endpoint ? { endpoint } : {}), ...(opts.region ? { region: opts.region } : {}) };
  };
  const sqs = new SQSClient(config(process.env['AWS_ENDPOINT_URL_SQS'] || undefined));
  const events = new EventBridgeClient(config(process.env['AWS_ENDPOINT_URL_EVENTBRIDGE'] || undefined));
  return {
    sqs,
    events,
    close: () => {
      sqs.destroy();
      events.destroy();
    },
  };
}
