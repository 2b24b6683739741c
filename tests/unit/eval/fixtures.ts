// Hand-written gold + prediction pairs, one scoring rule each; shared by the unit tests and the score.mjs parity test.
import type { GoldArticle, Prediction } from '../../../shared/eval/gold.ts';

export interface ScoringCase {
  name: string;
  gold: GoldArticle[];
  preds: Prediction[];
}

const US = ['United States', 'US', 'U.S.', 'America'];
const deploy = (actor: string | object, location: string, extra: object = {}) => ({
  type: 'DeploymentAnnounced',
  actor: typeof actor === 'string' ? { name: actor } : actor,
  location: { name: location },
  ...extra,
});
const withdraw = (actor: string | object, location: string, extra: object = {}) => ({
  type: 'WithdrawalBegun',
  actor: typeof actor === 'string' ? { name: actor } : actor,
  location: { name: location },
  ...extra,
});
const dissolve = (entity: string, extra: object = {}) => ({
  type: 'EntityDissolved',
  entity: { name: entity },
  ...extra,
});

export const CASES: ScoringCase[] = [
  {
    name: 'name normalization: diacritics, leading "the", possessive \'s, punctuation, case',
    gold: [
      {
        id: 'norm',
        file: 'norm.txt',
        events: [
          { type: 'DeploymentAnnounced', actor: ['Türkiye'], location: ["Côte d'Ivoire"], date: [] },
          { type: 'WithdrawalBegun', actor: US, location: ['Netherlands'], date: [] },
          { type: 'EntityDissolved', entity: ["Israel's Knesset"], date: [] },
          { type: 'DeploymentAnnounced', actor: ['Russia'], location: ['Nagorno-Karabakh'], date: [] },
          { type: 'WithdrawalBegun', actor: ['France'], location: ['Mali'], date: [] },
          { type: 'DeploymentAnnounced', actor: ['UN'], location: ['Haiti'], date: [] },
          { type: 'EntityDissolved', entity: ['the Knesset'], date: [] },
          { type: 'EntityDissolved', entity: ["Sudan's Sovereign Council"], date: [] },
        ],
      },
    ],
    preds: [
      {
        file: 'norm.txt',
        events: [
          deploy('TURKIYE', 'Cote d’Ivoire'),
          withdraw('U.S', 'the Netherlands'),
          dissolve('Israel Knesset'),
          deploy('Russia', 'Nagorno Karabakh'),
          withdraw("France's", 'MALI!'),
          deploy('The UN', 'Haiti'),
          dissolve('Knesset'),
          dissolve('Sudan’s Sovereign Council'),
        ],
      },
    ],
  },
  {
    name: 'containment: whole words, shorter name ≥ 4 chars, entities need ≥ 2 words',
    gold: [
      {
        id: 'contain',
        file: 'contain.txt',
        events: [
          { type: 'DeploymentAnnounced', actor: ['Kenya'], location: ['Democratic Republic of the Congo'], date: [] },
          { type: 'DeploymentAnnounced', actor: ['UN'], location: ['Haiti'], date: [] },
          { type: 'DeploymentAnnounced', actor: ['USA'], location: ['Chad'], date: [] },
          { type: 'DeploymentAnnounced', actor: ['Mali'], location: ['Niger'], date: [] },
          { type: 'WithdrawalBegun', actor: ['Iran'], location: ['Syria'], date: [] },
          { type: 'EntityDissolved', entity: ["Israel's Knesset"], date: [] },
          { type: 'EntityDissolved', entity: ['the Wagner Group private military company'], date: [] },
          { type: 'EntityDissolved', entity: ['Artsakh'], date: [] },
        ],
      },
    ],
    preds: [
      {
        file: 'contain.txt',
        events: [
          deploy('Kenyan government of Kenya', 'eastern Democratic Republic of the Congo'),
          deploy('UN peacekeepers', 'Haiti'),
          deploy('USA troops', 'Chad'),
          deploy('the Republic of Mali', 'Niger'),
          withdraw('Iranian', 'Syria'),
          dissolve('Israel'),
          dissolve('Wagner Group'),
          dissolve('artsakh'),
        ],
      },
    ],
  },
  {
    name: 'actor_code: an ISO code matches regardless of case, only where gold has actor_code',
    gold: [
      {
        id: 'code',
        file: 'code.txt',
        events: [
          { type: 'DeploymentAnnounced', actor: ['Russia'], actor_code: 'RU', location: ['Syria'], date: [] },
          { type: 'WithdrawalBegun', actor: ['Wagner'], location: ['Libya'], date: [] },
          { type: 'WithdrawalBegun', actor: ['Chad'], actor_code: 'TD', location: ['Niger'], date: [] },
        ],
      },
    ],
    preds: [
      {
        file: 'code.txt',
        events: [
          deploy({ name: 'Moscow', code: 'ru' }, 'Syria'),
          withdraw({ name: 'the mercenaries', code: 'RU' }, 'Libya'),
          withdraw({ name: 'N’Djamena', code: 'TD' }, 'Nigeria'),
        ],
      },
    ],
  },
  {
    name: 'optional events: neither a false positive when predicted nor a false negative when missed',
    gold: [
      {
        id: 'opt',
        file: 'opt.txt',
        events: [
          {
            type: 'DeploymentAnnounced',
            actor: US,
            location: ['Europe'],
            date: ['2022-02-02'],
            personnel: 2000,
            optional: true,
          },
          { type: 'DeploymentAnnounced', actor: US, location: ['Poland'], date: ['2022-02-02'], personnel: 1700 },
          { type: 'EntityDissolved', entity: ['Joint Task Force'], optional: true },
          { type: 'WithdrawalBegun', actor: ['Mali'], location: ['Europe'], optional: true },
        ],
      },
    ],
    preds: [
      {
        file: 'opt.txt',
        events: [
          deploy('US', 'Europe', { occurredOn: '1999', personnel: 5 }),
          deploy('US', 'Poland', { occurredOn: '2022-02-02', personnel: 1700 }),
          dissolve('Joint Task Force'),
        ],
      },
    ],
  },
  {
    name: 'required gold events claim a prediction before optional ones; a repeated prediction is a false positive',
    gold: [
      {
        id: 'order',
        file: 'order.txt',
        events: [
          { type: 'DeploymentAnnounced', actor: ['NATO'], location: ['Kosovo'], optional: true },
          { type: 'DeploymentAnnounced', actor: ['NATO'], location: ['Kosovo'], date: ['2023-05-30'] },
        ],
      },
    ],
    preds: [
      {
        file: 'order.txt',
        events: [
          deploy('NATO', 'Kosovo', { occurredOn: '2023-05-30' }),
          deploy('NATO', 'Kosovo', { occurredOn: '2023-05-30' }),
          deploy('NATO', 'Kosovo', { occurredOn: '2023-05-31' }),
        ],
      },
    ],
  },
  {
    name: 'negative articles: every prediction is a false positive; no prediction costs nothing',
    gold: [
      { id: 'neg1', file: 'neg1.txt', published: '2024-01-01', events: [] },
      { id: 'neg2', file: 'neg2.txt', published: null, events: [] },
    ],
    preds: [
      { file: 'neg1.txt', events: [withdraw('Russia', 'Armenia', { occurredOn: '2024-01-01' }), dissolve('CSTO')] },
      { file: 'neg2.txt', events: [] },
    ],
  },
  {
    name: 'date and personnel accuracy over found events only',
    gold: [
      {
        id: 'acc',
        file: 'acc.txt',
        events: [
          {
            type: 'DeploymentAnnounced',
            actor: ['Russia'],
            location: ['Karabakh'],
            date: ['2020-11-10', '2020-11-09'],
            personnel: 1960,
          },
          {
            type: 'DeploymentAnnounced',
            actor: ['Rwanda'],
            location: ['Mozambique'],
            date: ['2021-07'],
            personnel: 1000,
          },
          { type: 'WithdrawalBegun', actor: ['Russia'], location: ['Karabakh'], date: ['2024-04-17'] },
          { type: 'WithdrawalBegun', actor: ['France'], location: ['Niger'], date: [] },
          { type: 'EntityDissolved', entity: ['Republic of Nagorno-Karabakh'], date: ['2024-01-01'] },
          { type: 'EntityDissolved', entity: ['Wagner Group'], date: ['2023'], personnel: 50 },
          { type: 'DeploymentAnnounced', actor: ['Germany'], location: ['Lithuania'], date: ['2023'], personnel: 4800 },
        ],
      },
    ],
    preds: [
      {
        file: 'acc.txt',
        events: [
          deploy('Russia', 'Karabakh', { occurredOn: '2020-11-09', personnel: 1960 }),
          deploy('Rwanda', 'Mozambique', { occurredOn: '2021-07-09', personnel: null }),
          withdraw('Russia', 'Karabakh', { occurredOn: null }),
          withdraw('France', 'Niger', { occurredOn: '2023-10-05' }),
          dissolve('Republic of Nagorno Karabakh'),
          dissolve('the Wagner Group', { occurredOn: '2023' }),
        ],
      },
    ],
  },
  {
    name: 'missing files, keys, paths, duplicates: predictions are looked up by basename, the last line wins',
    gold: [
      { id: 'm1', file: 'm1.txt', events: [{ type: 'WithdrawalBegun', actor: ['Russia'], location: ['Syria'] }] },
      { id: 'm2', file: 'm2.txt', events: [{ type: 'WithdrawalBegun', actor: ['Russia'], location: ['Syria'] }] },
      { id: 'm3', file: 'm3.txt', events: [{ type: 'WithdrawalBegun', actor: ['Russia'], location: ['Syria'] }] },
      { id: 'm4', file: 'm4.txt', events: [] },
      { id: 'm5', file: 'm5.txt', events: [] },
    ],
    preds: [
      { file: '/somewhere/corpus/m1.txt', events: [withdraw('Russia', 'Syria')] },
      { key: 'm2.txt', events: [withdraw('Russia', 'Syria')] },
      { file: 'm3.txt', events: [withdraw('Russia', 'Syria')] },
      { file: 'm3.txt', events: [] },
      { file: 'm4.txt' },
      { file: 'unknown.txt', events: [withdraw('Russia', 'Syria')] },
    ],
  },
  {
    name: 'unknown event types are ignored; a wrong type never matches',
    gold: [
      {
        id: 'types',
        file: 'types.txt',
        events: [{ type: 'DeploymentAnnounced', actor: ['Chad'], location: ['Mali'], date: [] }],
      },
    ],
    preds: [
      {
        file: 'types.txt',
        events: [
          { type: 'TroopsMoved', actor: { name: 'Chad' }, location: { name: 'Mali' } },
          withdraw('Chad', 'Mali'),
          { type: 'DeploymentAnnounced', actor: 'Chad', location: 'Mali' },
        ],
      },
    ],
  },
];
