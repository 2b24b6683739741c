/**
 * cfn-lint (AWS's CloudFormation linter, resource specs and rules) finds no error in the synthesized templates: the
 * stack as `npx cdk synth` builds it, the variant with every option on, and the one with provisioned billing
 * (`-c billingMode=provisioned`). One cfn-lint run reads all three: its start-up (loading the resource specs) is most
 * of its time. Skipped with a message where cfn-lint is not installed (`pip install cfn-lint`). Warnings are
 * printed, errors fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, RemovalPolicy, type Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, SitrepStack } from '../../infra/aws/index.ts';
import { cdkJsonContext } from '../../infra/aws/stack.ts';

const cfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const available = cfnLint.status === 0;
if (!available) console.warn('cfn-lint tests skipped: cfn-lint is not installed here (pip install cfn-lint)');

const outdir = mkdtempSync(join(tmpdir(), 'sitrep-cfn-lint-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** cfn-lint's exit code is a bit mask: 2 = an error, 4 = a warning, 8 = informational. */
const ERROR_BIT = 2;

/** Lints the named templates in one run: its exit status (the bits of all files) and what it printed. */
function lint(templates: Record<string, unknown>): { status: number; output: string } {
  const files = Object.entries(templates).map(([name, template]) => {
    const file = join(outdir, `${name}.template.json`);
    writeFileSync(file, JSON.stringify(template));
    return file;
  });
  const r = spawnSync('cfn-lint', ['--format', 'parseable', ...files], { encoding: 'utf8', timeout: 240_000 });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!available)('cfn-lint', () => {
  it('finds no error in the default stack, the variant with every option on, or provisioned billing', () => {
    const { app, stack } = createApp({ outdir: join(outdir, 'default'), skipBundling: true });
    const variantApp = new App({
      outdir: join(outdir, 'variant'),
      analyticsReporting: false,
      context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] },
    });
    const variant = new SitrepStack(variantApp, 'SitrepVariant', {
      pipeline: {
        alarmEmails: ['ops@example.com'],
        tracing: true,
        allowSubscribersFrom: ['111122223333'],
        deletionProtection: false,
        ingestMaxConcurrency: 50,
        reservedConcurrency: { drain: 1 },
        logRetention: RetentionDays.ONE_WEEK,
        archiveRetention: Duration.days(30),
        removalPolicy: RemovalPolicy.DESTROY,
        articlesPrefix: 'news/',
      },
    });
    const provisioned = createApp({
      outdir: join(outdir, 'provisioned'),
      skipBundling: true,
      context: { billingMode: 'provisioned', minReadCapacity: '2', maxWriteCapacity: '200' },
    });
    const template = (a: App, s: Stack) => a.synth().getStackArtifact(s.artifactId).template as unknown;
    const { status, output } = lint({
      default: template(app, stack),
      variant: template(variantApp, variant),
      provisioned: template(provisioned.app, provisioned.stack),
    });
    if (output.trim()) console.warn(`cfn-lint:\n${output}`);
    expect(status & ERROR_BIT, output).toBe(0);
  }, 300_000);
});
