// The CDK app (cdk.json: `npx tsx infra/aws/app.ts`). Synthesizes offline: no credentials, no Docker.
import { createApp } from './stack.ts';

createApp().app.synth();
