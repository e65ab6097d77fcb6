/** Whether `x` is a member of a closed set (an `as const` array), narrowing it to that set's type. */
export function isOneOf<T extends string>(set: readonly T[], x: string): x is T {
  return (set as readonly string[]).includes(x);
}
