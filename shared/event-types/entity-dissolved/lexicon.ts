import { wordSet } from '../../extract/word-set.ts';

export const DISSOLVE_VERBS =
  wordSet(`dissolve dissolves dissolved dissolving dissolution self-dissolution disband disbands disbanded disbanding
  liquidate liquidates liquidated liquidating liquidation abolish abolishes abolished abolishing abolition ceased cease ceases wind
  wound winding closure close closes terminate terminated terminating terminates end ended ends declared declares declaring deactivated inactivated disperse disperses dispersed
  disestablished disestablish disestablishes disestablishing disestablishment dismantle dismantles dismantled
  dismantling`);

/** Verbs that dissolve a body only as its own whole structure ("dismantled all its structures"). */
export const DISMANTLE_VERBS = wordSet('dismantle dismantles dismantled dismantling');

/** Nouns that turn a preceding "the" into a reference back to a named entity ("dissolve the alliance"). */
export const ENTITY_ANAPHORS =
  wordSet(`alliance organisation organization state republic group party pact bloc union mission
  operation assembly parliament body council federation movement front force chamber ministry agency office authority
  coalition legislature unit command headquarters regiment battalion brigade division squadron corps bureau board
  commission committee department administration service directorate`);

/** Generic institutions a dissolution can name without a proper name ("Saied dissolved parliament"). */
export const INSTITUTION_NOUNS =
  wordSet(`parliament assembly legislature government cabinet army military senate congress
  council chamber knesset duma rada house junta commission monarchy sultanate caliphate shogunate emirate khanate`);

/** Words before an institution that say which sitting of it, not what it is ("the previous cabinet"). */
export const WHEN_WORDS = wordSet('previous former outgoing current entire whole existing old sitting incumbent');

/** Nouns that refer back to the state a text is about when they own a body ("the country's electoral commission"). */
export const OWNER_REFERENCES = wordSet('country nation state government regime junta');

/**
 * Words before an owning regime that place it in the past ("the former regime's army"): the body belongs to a regime
 * that no longer rules, so the owner is part of what the body is called, not a reference to the state today.
 */
export const PAST_OWNER_WORDS = wordSet('former old previous ousted deposed defunct toppled');

/** "the former regime's": a past owner at i, then its possessive; the token after it, else -1. */
export const pastOwnerEnd = (lower: (i: number) => string, i: number): number =>
  PAST_OWNER_WORDS.has(lower(i)) && OWNER_REFERENCES.has(lower(i + 1)) && ["'s", '’s'].includes(lower(i + 2))
    ? i + 3
    : -1;

/** Heads of instruments, not bodies: a treaty or programme that ends dissolves nobody ("the treaty was terminated"). */
export const INSTRUMENT_HEADS =
  wordSet(`treaty treaties agreement agreements accord accords convention protocol contract
  deal program programme ceasefire truce armistice`);

/** The singular of a body's plural head ("commissions" → "commission", "agencies" → "agency"). */
export const singularOf = (plural: string): string =>
  plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
