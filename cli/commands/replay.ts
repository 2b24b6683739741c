import { parseArgs } from 'node:util';
import { DescribeReplayCommand, DescribeRuleCommand, StartReplayCommand } from '@aws-sdk/client-eventbridge';
import { printError, STACK_OPTIONS } from '../lib/connect.ts';
import { decideReplay } from '../lib/replay-plan.ts';
import { createStackClients } from '../lib/stack-clients.ts';
import { readOutputsFile } from '../lib/stack-outputs.ts';
import { CliUsageError } from '../usage.ts';

export const REPLAY_HELP = `Usage: sitrep replay --stack NAME --rule RULE --since TIME --until TIME [--wait] [--outputs FILE] [--region R]

Replays a deployed stack's archived events from [--since, --until) onto its bus, delivered to one rule only (a
subscriber that missed events, or a new one catching up); every other rule sees nothing. TIME is YYYY-MM-DD
(midnight UTC) or an ISO 8601 instant; an --until past now stops at now. Prints the replay's name and state;
with --wait, polls until EventBridge reports it completed, failed or cancelled.

Options:
  --stack NAME       the deployed stack; its archive and bus from the outputs file
  --rule RULE        the rule on the stack's bus that receives the replay
  --since TIME       the start of the window (inclusive)
  --until TIME       the end of the window (exclusive)
  --wait             wait for the replay to finish
  --outputs FILE     'npx cdk deploy --outputs-file FILE' output (default cdk-outputs.json)
  --region R         the stack's Region (default: AWS_REGION / the profile's)

AWS_ENDPOINT_URL_EVENTBRIDGE points it at another endpoint (an emulator).

Example:
  sitrep replay --stack Sitrep --rule my-subscriber-rule --since 2024-01-01 --until 2024-02-01 --wait
`;

/** How often --wait asks EventBridge for the replay's state. */
const REPLAY_POLL_MS = 2_000;
const FINAL_STATES = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

export async function runReplay(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...STACK_OPTIONS,
      rule: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      wait: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new CliUsageError(`unexpected argument '${positionals[0]}'`);
  for (const required of ['stack', 'rule', 'since', 'until'] as const)
    if (!values[required]) throw new CliUsageError(`--${required} is required (see 'sitrep replay --help')`);
  let plan;
  try {
    plan = decideReplay(readOutputsFile(values.outputs), values.stack!, {
      rule: values.rule!,
      since: values.since!,
      until: values.until!,
      now: new Date(),
    });
  } catch (err) {
    return printError('replay', err);
  }
  const clients = createStackClients({ region: values.region });
  try {
    const rule = await clients.events.send(new DescribeRuleCommand({ Name: plan.rule, EventBusName: plan.busName }));
    await clients.events.send(
      new StartReplayCommand({
        ReplayName: plan.replayName,
        EventSourceArn: plan.archiveArn,
        EventStartTime: plan.start,
        EventEndTime: plan.end,
        Destination: { Arn: plan.busArn, FilterArns: [rule.Arn!] },
      }),
    );
    let state = await replayState(clients, plan.replayName);
    process.stdout.write(
      `replay ${plan.replayName}: ${state} (${plan.start.toISOString()} → ${plan.end.toISOString()}, rule ${plan.rule})\n`,
    );
    while (values.wait && !FINAL_STATES.has(state)) {
      await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
      state = await replayState(clients, plan.replayName);
      process.stderr.write(`replay ${plan.replayName}: ${state}\n`);
    }
    if (values.wait) process.stdout.write(`replay ${plan.replayName}: ${state}\n`);
    return state === 'FAILED' ? 1 : 0;
  } catch (err) {
    return printError('replay', err);
  } finally {
    clients.close();
  }
}

async function replayState(clients: ReturnType<typeof createStackClients>, name: string): Promise<string> {
  const r = await clients.events.send(new DescribeReplayCommand({ ReplayName: name }));
  return r.State ?? 'UNKNOWN';
}
