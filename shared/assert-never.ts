/** The default branch of an exhaustive switch: a compile error when a case is missing, a throw if reached. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
