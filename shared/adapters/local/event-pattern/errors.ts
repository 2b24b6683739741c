/**
 * The two ways an input can be refused, named as Amazon EventBridge names them.
 *
 * EventBridge answers an invalid pattern with `InvalidEventPatternException` and the message
 * "Event pattern is not valid. Reason: <reason>", where <reason> is aws/event-ruler's own text
 * (for example "Empty arrays are not allowed"). The location suffix Jackson appends
 * ("at [Source: ...; line: 1, column: 11]") is left off so the message stays one line.
 */
export class InvalidEventPatternError extends Error {
  override name = 'InvalidEventPatternException';
  readonly code = 'InvalidEventPatternException';
  /** The event-ruler reason alone, without the "Event pattern is not valid. Reason: " lead-in. */
  readonly reason: string;

  constructor(reason: string) {
    super(`Event pattern is not valid. Reason: ${reason}`);
    this.reason = reason;
  }
}

/** An event that is not a JSON object: EventBridge's TestEventPattern says "Parameter Event is not valid." */
export class InvalidEventError extends Error {
  override name = 'ValidationException';
  readonly code = 'ValidationException';
  readonly reason: string;

  constructor(reason: string) {
    super(`Parameter Event is not valid. Reason: ${reason}`);
    this.reason = reason;
  }
}

/**
 * Internal: a pattern fault, tagged with how event-ruler raises it. Ruler's JSON compiler reports
 * most faults as a JsonParseException, which makes the rule machine retry with its pre-`$or`
 * compiler; a few (CIDR operands, a lone out-of-range anything-but number) escape as
 * IllegalArgumentException and are final.
 */
export class PatternFault extends Error {
  constructor(
    readonly reason: string,
    readonly retryable: boolean = true,
  ) {
    super(reason);
  }
}
