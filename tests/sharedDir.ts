// Tests that read ../shared (the corpus, the seed CSV) run only where it sits beside the clone.
// Where it is absent they are reported as not run, by name, instead of failing or passing silently.
import { existsSync } from 'node:fs';
import { describe } from 'vitest';

export const SHARED = '../shared';
export const hasShared = existsSync(SHARED);

/** `describe` for a block that needs ../shared: skipped (and so listed as not run) where it is absent. */
export const describeShared = (name: string, fn: () => void) =>
  (hasShared ? describe : describe.skip)(`${name} [needs ../shared]`, fn);
