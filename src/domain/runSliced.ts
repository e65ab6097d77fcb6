/** ms of work between two yields to the page: frames keep coming, and no task is long. */
const BUDGET_MS = 40;

/**
 * Runs a computation written as a generator that yields at safe points, giving the page a
 * turn whenever a slice has taken BUDGET_MS: a million values of work never hold it at once.
 */
export async function runSliced<T>(steps: Generator<void, T>): Promise<T> {
  let last = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - last > BUDGET_MS) {
      await new Promise((ok) => setTimeout(ok, 0));
      last = performance.now();
    }
  }
}

/** The same computation at once (tests, small inputs). */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
