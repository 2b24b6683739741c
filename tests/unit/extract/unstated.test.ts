import { describe, expect, it } from 'vitest';
import { extract, summary } from './helpers.ts';

const all = (text: string) => summary(extract(text, '2024-01-01'));

describe('sentences that state nothing as fact', () => {
  it('given a question, when read, then nothing is stated', () => {
    expect(all('Did the last Belgian troops leave Niger in June 2024?')).toEqual([]);
  });

  it('given an inverted conditional ("Had X landed …"), when read, then nothing happened', () => {
    expect(all('Had the Allies landed in Greece in 1943, the war might have ended sooner.')).toEqual([]);
    expect(all('Were Turkey to invade Cyprus again, Greece would respond.')).toEqual([]);
  });

  it('given a report the sentence says was denied, when read, then nothing happened', () => {
    expect(all('Reports that Indian troops had entered Nepal in 2015 were denied by Delhi.')).toEqual([]);
  });

  it('given a plan the sentence says was cancelled, when read, then no deployment stands', () => {
    expect(all('Canada planned to send 1,500 troops to Zaire in 1996, but the mission was cancelled.')).toEqual([]);
  });

  it('given a cancellation of another plan, when read, then the stated fact stands', () => {
    expect(
      all('Danish troops left Gao in August 2022, but plans to leave Niger were shelved.').filter((e) =>
        e.startsWith('WithdrawalBegun'),
      ),
    ).toEqual(['WithdrawalBegun|Denmark|Gao|2022-08']);
  });

  it('given a report the sentence judges false or fabricated, when read, then nothing happened', () => {
    expect(all('Claims that Tajik troops had entered Kyrgyzstan were false, the border service said.')).toEqual([]);
    expect(all('The ministry said the claim that Cuban forces had landed in Grenada was a fabrication.')).toEqual([]);
  });

  it('given a report the sentence confirms, when read, then the arrival stands', () => {
    expect(all('Reports that Tajik troops had entered Kyrgyzstan on 3 May were confirmed by Bishkek.')).toEqual([
      'DeploymentAnnounced|Tajikistan|Kyrgyzstan|2023-05-03|null',
    ]);
  });

  it('given a move suspended or postponed before it happened, when read, then nothing happened', () => {
    expect(all('Portugal suspended the dispatch of its engineers to Mozambique pending a review.')).toEqual([]);
    expect(all('The deployment of Austrian troops to Bosnia has been postponed because of budget cuts.')).toEqual([]);
    expect(all('The parliamentary vote on withdrawing Dutch forces from Mali was postponed until March.')).toEqual([]);
  });

  it('given a withdrawal suspended or halted, when read, then it had begun', () => {
    expect(
      all('Belgian troops began leaving Kidal on 2 May, but Brussels suspended the withdrawal a week later.'),
    ).toEqual(['WithdrawalBegun|Belgium|Kidal|2023-05-02']);
  });

  it('given a halt of something other than the move, when read, then the move stands', () => {
    expect(all('Portugal suspended talks with the rebels and sent 200 soldiers to Mozambique on 3 May.')).toEqual([
      'DeploymentAnnounced|Portugal|Mozambique|2023-05-03|200',
    ]);
  });
});

describe('reports the sentence calls a provocation or propaganda', () => {
  it('given claims described as a provocation, when read, then nothing happened', () => {
    expect(all('A Kremlin spokesman described the claims that troops were leaving Kherson as a provocation.')).toEqual(
      [],
    );
  });
});

describe('a move that is only an option or a subject of debate', () => {
  it.each([
    ['a gerund that is one option', 'Sending Belgian troops to Lithuania is one option under discussion.'],
    ['a gerund that is not an option', 'Deploying NATO troops to Moldova is not an option, the chancellor said.'],
    [
      'a noun that was the subject of debate',
      'The withdrawal of Dutch troops from Mali was the subject of heated debate.',
    ],
  ])('given %s, when read, then nothing happened', (_, text) => {
    expect(all(text)).toEqual([]);
  });

  it('given a move the subject of "was completed", when read, then the withdrawal stands', () => {
    expect(all('The withdrawal of Dutch troops from Mali was completed on 3 May.')).toEqual([
      'WithdrawalBegun|Netherlands|Mali|2023-05-03',
    ]);
  });
});
