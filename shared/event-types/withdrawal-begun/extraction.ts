import type { Candidate } from '../../extract/candidate.ts';
import { combine, DATE_RANK, dateDistance, type DatePolicy } from '../../extract/merging.ts';
import type { EventTypeExtraction } from '../extraction.ts';
import { placementBucket, placementSubjectKey, relateWithdrawals } from '../placement.ts';
import { findWithdrawalClauses } from './clause-finder.ts';
import { findWithdrawals } from './finder.ts';
import { findLooseWithdrawals } from './loose-reader.ts';
import { withStatedStarts } from './stated-start.ts';
import { findCompanionWithdrawals } from './companion-withdrawals.ts';
import { findStayEnds } from './stayed-until.ts';
import { findLastCrossings } from './last-crossed.ts';
import { findSeenLeaving } from './seen-leaving.ts';
import { findHomeTerritoryWithdrawals } from './home-territory.ts';
import { collapseStartsIntoStates } from './started-in-state.ts';
import { returnsTo, withReturnsBefore } from './returned-forces.ts';

/** One withdrawal per actor and place per article. */
const DATES: DatePolicy = { oncePerSubject: true, windowDays: 0 };
/** Date sources that state a date in the text (a start or a date), not the article's own. */
const STATED_RANK = DATE_RANK.stated;

/** Whether both candidates carry a date the text states. */
const bothTextDated = (a: Candidate, b: Candidate) =>
  [a, b].every((x) => !!x.occurredOn && DATE_RANK[x.dateSource] >= STATED_RANK);

export const withdrawalExtraction: EventTypeExtraction<'WithdrawalBegun'> = {
  type: 'WithdrawalBegun',
  find(ctx) {
    const read = [
      ...findWithdrawals(ctx),
      ...findWithdrawalClauses(ctx),
      ...findStayEnds(ctx),
      ...findLastCrossings(ctx),
      ...findSeenLeaving(ctx),
      ...findHomeTerritoryWithdrawals(ctx),
    ];
    const all = [...read, ...findLooseWithdrawals(ctx, read)];
    return withReturnsBefore(ctx, withStatedStarts(ctx, [...all, ...findCompanionWithdrawals(ctx, all)]));
  },
  mergeBucket: placementBucket,
  // Forces that came back between two dated withdrawals from a place left it twice.
  relate: (kept, next) =>
    bothTextDated(kept, next) && returnsTo(kept) !== returnsTo(next) ? undefined : relateWithdrawals(kept, next),
  dateDistance: (kept, next) => dateDistance(kept, next, DATES),
  combine(kept, next, relation) {
    // A withdrawal began with its first report of leaving: keep the wider place and the earliest stated start.
    const merged = combine(kept, next, false);
    merged.location = relation === 'a-in-b' ? next.location : kept.location;
    const stated = [kept, next].filter((x) => x.occurredOn && DATE_RANK[x.dateSource] >= STATED_RANK);
    if (stated.length === 2 && DATE_RANK[kept.dateSource] === DATE_RANK[next.dateSource]) {
      const earliest = stated[0]!.occurredOn! <= stated[1]!.occurredOn! ? stated[0]! : stated[1]!;
      merged.occurredOn = earliest.occurredOn;
      merged.dateSource = earliest.dateSource;
    }
    return merged;
  },
  collapse: collapseStartsIntoStates,
  subjectKey: placementSubjectKey,
  toEvent: (c, base) => ({ ...base, type: 'WithdrawalBegun', actor: c.actor!, location: c.location! }),
};
