import { describe, expect, it } from 'vitest';
import { renderStatus } from '../../../cli/commands/status.ts';

describe('sitrep status lines', () => {
  it('given an idle pipeline, when rendered, then it says so with nothing in flight', () => {
    expect(renderStatus({ dataDir: '/d', idle: true, outbox: 0, deliveries: 0, deadLetters: 0, unpublished: [] })).toBe(
      [
        'data directory: /d',
        'state: idle',
        'outbox: 0 commit(s) waiting to be published',
        'bus: 0 delivery(ies) waiting',
        'dead letters: 0',
        '',
      ].join('\n'),
    );
  });

  it('given a dead-lettered commit, when rendered, then its stream, version and reason are shown', () => {
    const text = renderStatus({
      dataDir: '/d',
      idle: false,
      outbox: 2,
      deliveries: 1,
      deadLetters: 1,
      unpublished: [{ stream: 'article#a.txt', version: 3, error: 'ENTRY_TOO_LARGE: 266 KB' }],
      recoveryError: 'bus unreachable',
    });
    expect(text).toContain('state: working');
    expect(text).toContain('outbox: 2 commit(s) waiting to be published');
    expect(text).toContain('  unpublished commit article#a.txt v3: ENTRY_TOO_LARGE: 266 KB');
    expect(text).toContain('recovery: bus unreachable');
  });
});
