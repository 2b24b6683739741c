import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/extract/context.ts';
import { article, summaryOf } from './helpers.ts';

/** The organization mentions of a text, as name → area. */
function missions(text: string): Array<[string, string | undefined, string | undefined]> {
  return analyze(article(text, '2000-01-01'))
    .mentions.filter((m) => m.entry.kind === 'org')
    .map((m) => [m.entry.name, m.entry.area?.name, m.entry.parentOrg]);
}

describe('mission names: a mission named for the place it serves in', () => {
  it('given "the UN Assistance Mission for Rwanda", then one mission of the UN serving in Rwanda', () => {
    expect(missions('The UN Assistance Mission for Rwanda was cut to a token force.')).toEqual([
      ['UN Assistance Mission for Rwanda', 'Rwanda', 'United Nations'],
    ]);
  });

  it('given a mission named for two places joined by "and", then the whole name, serving in the first', () => {
    expect(missions('The mandate of the U.N. Mission in Ethiopia and Eritrea ended.')).toEqual([
      ['U.N. Mission in Ethiopia and Eritrea', 'Ethiopia', 'United Nations'],
    ]);
  });

  it('given an organization, then a place with no mission head between them, then no mission', () => {
    expect(missions('The UN Security Council met in Geneva.')).toEqual([['United Nations', undefined, undefined]]);
  });

  it('given such a mission and a state pulling out its contingent, then the state withdrew from its area', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The UN Assistance Mission for Rwanda was cut to a token force in April 1994, after Belgium pulled out its contingent.',
        '1994-06-01',
      ),
    ).toEqual(['WithdrawalBegun|Belgium|Rwanda|1994-04']);
  });

  it('given "ended the mandate of the U.N. Mission in A and B", then the whole name is dissolved, never B alone', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Security Council ended the mandate of the U.N. Mission in Ethiopia and Eritrea on 31 July 2008.',
        '2008-08-01',
      ),
    ).toEqual(['EntityDissolved|U.N. Mission in Ethiopia and Eritrea|2008-07-31']);
  });
});
