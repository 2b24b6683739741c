import { wordSet } from '../../extract/word-set.ts';

export const WITHDRAW_VERBS =
  wordSet(`withdraw withdraws withdrew withdrawn withdrawing withdrawal withdrawals pullout pullouts
  pull pulls pulled pulling pullback leave leaves left leaving departure depart departs departed departing exit exits exited
  retreat retreated retreating retreats drawdown disengagement disengaged evacuated abandoned rolled fled repatriation
  repatriated quit returned returning return returns came coming evacuation removed repositioning relocation retrograde
  flown flew shipped sailed went gone headed streamed poured marched relocate relocates relocated relocating draw draws drew drawn drawing
  vacate vacates vacated vacating`);

/** Nouns of moving forces that withdraw only "out of" a place ("the repositioning of U.S. forces out of Somalia"). */
export const MOVE_OUT_NOUNS = wordSet('repositioning relocation');

/** Verbs that withdraw forces only with the particle "down" ("drew down its forces in Somalia", "has drawn down"). */
export const DRAW_DOWN_VERBS = wordSet('draw draws drew drawn drawing');

/** Verbs of moving forces that withdraw only "out of" a place ("relocated its peacekeepers out of Eritrea"). */
export const MOVE_OUT_VERBS = wordSet('relocate relocates relocated relocating');

/** Verb forms that report a withdrawal as done, so it has begun. */
export const WITHDRAW_DONE = wordSet(
  `withdrew pulled left retreated departed evacuated abandoned rolled exited fled disengaged repatriated quit returned
  came removed flown flew shipped sailed went gone headed relocated drew vacated`,
);

export const BEGIN_CUES =
  wordSet(`begin begins began begun beginning start starts started starting underway complete completed
  completing completion finished conducting executing`);

/** Extra words that keep a withdrawal from counting as begun: decisions and intentions. */
export const WITHDRAW_BLOCKERS =
  wordSet(`will would shall decision decided decide decides agreed agree agrees announce announced
  announces intend intends intended scheduled due going directed ordered ordering order orders wants want planned to
  talks demanding goal aim aims objective`);

/** Speech acts among the blockers: they report a begun or completed withdrawal ("announced the completion of"). */
export const ANNOUNCING = wordSet('announce announced announces');

/** Cue forms that state a withdrawal as begun or done, so announcing them reports a fact. */
export const STATED_CUES = wordSet('began begun started underway completed completion finished beginning start');

/** The blockers of a withdrawal whose begin or completion is stated. */
export const STATED_WITHDRAW_BLOCKERS = new Set([...WITHDRAW_BLOCKERS].filter((w) => !ANNOUNCING.has(w)));

/** Words that make the name a withdrawal leaves a treaty or body, not a place. */
export const BODY_WORDS = wordSet(`treaty agreement accord accords pact convention organization organisation alliance
  union council league commonwealth community protocol deal talks coalition group grouping bloc`);

/** Verbs of forces going home, which leave a place only as "home from" it ("returned home from Iraq"). */
export const HOME_COMING = wordSet('come comes came coming return returns returned returning');
