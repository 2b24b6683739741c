/**
 * A skeleton of event-ruler's rule machine, built only for what the matcher and the validator
 * need from it.
 *
 * Ruler adds each sub-rule's fields, in name order, to a shared graph of name states; each name
 * state has one byte machine per field name, and a value pattern already present in a byte
 * machine reuses its next name state. Two observable things depend on that sharing:
 *
 * - Value conversion is per byte machine: if any pattern in it is numeric, event numbers are
 *   turned into comparable numbers before *any* of its patterns look at them; otherwise, if any
 *   is a CIDR block or IP literal, strings that are IP addresses are turned into hex — after which
 *   a `prefix` or `anything-but` in the same machine sees the hex, not the string.
 * - Wildcard complexity (MachineComplexityEvaluator): EventBridge refuses a rule whose byte
 *   machine can be in more than ten wildcard-pattern states at once for some input ("Rule is too
 *   complex ..."). The weighted-NFA model here (states weighted by the patterns through them,
 *   determinate prefixes and first-star states shared, a star's state added when it is one step
 *   away) follows ruler's evaluator; the limit of 10 is the one EventBridge applies, e.g. it
 *   accepts `*:*:*:*:event-bus/*` and refuses `*:*:*:*:*:event-bus/*`.
 */
import { PatternFault } from './errors.ts';
import type { FieldSpec, SubRule, Term } from './patterns.ts';
import type { RuleMap } from './compile.ts';

export const WILDCARD_COMPLEXITY_LIMIT = 10;
export const TOO_COMPLEX =
  'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character';

interface NameState {
  readonly machines: Map<string, ByteMachine>;
}

interface ByteMachine {
  readonly specs: FieldSpec[];
  readonly next: Map<string, NameState>;
  /** Next states reached by a value pattern (not only by `exists: false`). */
  readonly valueNext: Set<NameState>;
}

const newState = (): NameState => ({ machines: new Map() });

function isNumericMachine(machine: ByteMachine): boolean {
  return machine.specs.some((spec) =>
    spec.matchers.some(
      (m) => m.kind === 'numeric-equals' || m.kind === 'numeric-range' || (m.kind === 'anything-but' && m.numeric),
    ),
  );
}

function isIpMachine(machine: ByteMachine): boolean {
  return machine.specs.some((spec) => spec.matchers.some((m) => m.kind === 'ip-range'));
}

/** Builds the machine skeleton, refuses over-complex wildcards, and returns the sub-rules with their flags. */
export function buildSubRules(rules: readonly RuleMap[]): SubRule[] {
  const root = newState();
  const touched: ByteMachine[][][] = [];
  for (const rule of rules) {
    const fields = [...rule.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let states = new Set<NameState>([root]);
    const perField: ByteMachine[][] = [];
    for (const field of fields) {
      const next = new Set<NameState>();
      const machines: ByteMachine[] = [];
      for (const state of states) {
        let machine = state.machines.get(field.name);
        if (!machine) {
          machine = { specs: [], next: new Map(), valueNext: new Set() };
          state.machines.set(field.name, machine);
        }
        machine.specs.push(field);
        machines.push(machine);
        let last: NameState | undefined;
        for (const term of field.terms) {
          const existing = machine.next.get(term.identity);
          if (existing) last = existing;
          else {
            last ??= newState();
            machine.next.set(term.identity, last);
          }
          next.add(last);
          if (!term.absent) machine.valueNext.add(last);
        }
      }
      perField.push(machines);
      states = next;
    }
    touched.push(perField);
  }

  checkComplexity(root);

  return rules.map((rule, r) => {
    const fields = [...rule.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return {
      fields: fields.map((spec, f) => {
        const machines = touched[r]?.[f] ?? [];
        return { ...spec, numeric: machines.some(isNumericMachine), ip: machines.some(isIpMachine) };
      }),
    };
  });
}

function checkComplexity(root: NameState): void {
  const seen = new Set<NameState>();
  const pending = [root];
  while (pending.length > 0) {
    const state = pending.pop() as NameState;
    if (seen.has(state)) continue;
    seen.add(state);
    for (const machine of state.machines.values()) {
      const terms = machine.specs.flatMap((spec) => spec.terms);
      if (terms.some((t) => t.wildcards.length > 0) && wildcardComplexity(terms) > WILDCARD_COMPLEXITY_LIMIT) {
        throw new PatternFault(TOO_COMPLEX, false);
      }
      // Ruler's evaluator only follows states reached through a value match.
      for (const next of machine.valueNext) pending.push(next);
    }
  }
}

const STAR = -1;
/** Stands for every byte that no pattern names. */
const OTHER_BYTE = -2;
const encoder = new TextEncoder();

/** The operand as ruler's byte machine sees it: quoted, UTF-8, escapes resolved, stars as STAR. */
function wildcardTokens(operand: string): number[] {
  const tokens: number[] = [0x22];
  let literal = '';
  const flush = (): void => {
    tokens.push(...encoder.encode(literal));
    literal = '';
  };
  for (let i = 0; i < operand.length; i++) {
    const ch = operand[i] as string;
    if (ch === '*') {
      flush();
      tokens.push(STAR);
    } else if (ch === '\\') {
      literal += operand[i + 1] ?? '';
      i++;
    } else {
      literal += ch;
    }
  }
  flush();
  tokens.push(0x22);
  return tokens;
}

interface WState {
  literal: Map<number, number[]>;
  any: number[];
  weight: Set<string>;
  prefix: Map<number, number>;
  star: number;
}

const newWState = (): WState => ({ literal: new Map(), any: [], weight: new Set(), prefix: new Map(), star: 0 });

/** The most wildcard-pattern states one input can hold at once, stopping early past the limit. */
export function wildcardComplexity(terms: readonly Term[]): number {
  const states: WState[] = [newWState()];
  const terminals = new Map<string, number>();
  const alphabet = new Set<number>();
  const addLiteral = (from: number, byte: number, to: number): void => {
    const state = states[from] as WState;
    const list = state.literal.get(byte);
    if (list) list.push(to);
    else state.literal.set(byte, [to]);
  };

  for (const term of terms) {
    for (const operand of term.wildcards) {
      const tokens = wildcardTokens(operand);
      let current = 0;
      let previous = -1;
      let determinate = true;
      tokens.forEach((token, i) => {
        const terminal = i === tokens.length - 1;
        const here = states[current] as WState;
        let next = 0;
        if (terminal) next = terminals.get(term.identity) ?? 0;
        else if (token === STAR) {
          if (determinate) {
            next = here.star;
            if (next === 0) here.star = states.length;
          }
          determinate = false;
        } else if (determinate) next = here.prefix.get(token) ?? 0;
        const created = next === 0;
        if (created) {
          next = states.length;
          states.push(newWState());
          if (terminal) terminals.set(term.identity, next);
          else if (determinate) here.prefix.set(token, next);
        }
        const target = states[next] as WState;
        if (token === STAR) {
          if (target.any.length === 0) {
            here.any.push(next);
            target.any = [next];
          }
        } else if (terminal || created) {
          alphabet.add(token);
          addLiteral(current, token, next);
          if (i > 0 && tokens[i - 1] === STAR) addLiteral(previous, token, next);
        }
        target.weight.add(term.identity);
        previous = current;
        current = next;
      });
    }
  }
  if (states.length === 1) return 0;

  const bytes = [OTHER_BYTE, ...alphabet];
  const pending: number[][] = [[0]];
  const seen = new Set<string>();
  let maximum = 0;
  let explored = 0;
  while (pending.length > 0 && explored++ < 100_000) {
    const active = pending.pop() as number[];
    for (const byte of bytes) {
      const nextSet = new Set<number>();
      for (const id of active) {
        const state = states[id] as WState;
        for (const n of state.any) nextSet.add(n);
        if (byte !== OTHER_BYTE) for (const n of state.literal.get(byte) ?? []) nextSet.add(n);
      }
      if (nextSet.size === 0) continue;
      let complexity = 0;
      for (const id of nextSet) {
        const state = states[id] as WState;
        complexity += state.weight.size;
        for (const w of state.any) if (!nextSet.has(w)) complexity += (states[w] as WState).weight.size;
      }
      if (complexity > WILDCARD_COMPLEXITY_LIMIT) return complexity;
      maximum = Math.max(maximum, complexity);
      const ids = [...nextSet].sort((a, b) => a - b);
      const key = ids.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        pending.push(ids);
      }
    }
  }
  return maximum;
}
