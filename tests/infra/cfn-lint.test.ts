/**
 * cfn-lint (AWS's CloudFormation linter, resource specs and rules) finds no error in the synthesized templates: the
 * stack as `npx cdk synth` builds it and the variant with every option on. Skipped with a message where cfn-lint is
 * not installed (`pip install cfn-lint`). Warnings are printed, errors fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Duration, RemovalPolicy } from 'aws-cdk-lib';
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

function lint(name: string, template: unknown): { status: number; output: string } {
  const file = join(outdir, `${name}.template.json`);
  writeFileSync(file, JSON.stringify(template));
  const r = spawnSync('cfn-lint', ['--format', 'parseable', file], { encoding: 'utf8', timeout: 240_000 });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!available)('cfn-lint', () => {
  it('finds no error in the default stack or the variant with every option on', () => {
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
    for (const [name, a, s] of [
      ['default', app, stack],
      ['variant', variantApp, variant],
    ] as const) {
      const { status, output } = lint(name, a.synth().getStackArtifact(s.artifactId).template);
      if (output.trim()) console.warn(`cfn-lint ${name}:\n${output}`);
      expect(status & ERROR_BIT, output).toBe(0);
    }
  }, 300_000);
});
