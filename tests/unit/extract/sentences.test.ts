import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../shared/extract/text/tokens.ts';
import { summaryOf } from './helpers.ts';

const sentences = (text: string) => {
  const { sentences: found } = tokenize(text);
  return found.map((s) => text.slice(s.start, s.end));
};

describe('sentence boundaries: a news digest topic run into its sentence', () => {
  it('given a capitalized "The" right after a word, when split, then the topic is a sentence of its own', () => {
    expect(sentences('Kosovo crisis The first Italian battalion arrives in Pristina.')).toEqual([
      'Kosovo crisis',
      'The first Italian battalion arrives in Pristina.',
    ]);
    expect(sentences('War in Donbas The Ukrainian army withdraws from Debaltseve.')).toEqual([
      'War in Donbas',
      'The Ukrainian army withdraws from Debaltseve.',
    ]);
  });

  it('keeps "The" inside names and after a preposition or a verb of saying', () => {
    expect(sentences('Talks resumed in The Hague and Senegal and The Gambia agreed.')).toHaveLength(1);
    expect(sentences('The minister told The Guardian that troops would stay.')).toHaveLength(1);
  });

  it('given a topic naming the host, when its sentence deploys others, then the actor is read from the sentence', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Haitian crisis The first contingent of Kenyan police arrives in Port-au-Prince.',
        '2024-06-25',
      ),
    ).toEqual(['DeploymentAnnounced|Kenya|Port-au-Prince|2024-06-25|null']);
  });
});
