/**
 * What a write changed, by name: the events the state slices listen to and the cross-tab
 * feed carries. Each slice reloads only what an event names (Immich's event manager).
 */
export interface ChangeEvents {
  /** Imports stored or undone, by id; with neither list, any of them (a restore): read them all again. */
  imports: { added?: readonly string[]; removed?: readonly string[] };
  /** Indicators or regions added, edited, merged or unmerged. */
  catalog: object;
  /** A conflict settled: which import's value is in force for a cell. */
  pins: object;
  /** Saved charts. */
  charts: object;
  /** Decks and their slides. */
  decks: object;
  /** Stored settings such as the time of the last backup. */
  settings: object;
  /** Saved region groups created, edited or deleted. */
  regionGroups: object;
}

export type ChangeKind = keyof ChangeEvents;
/** One event: its kind and that kind's payload. */
export type Change = { [K in ChangeKind]: { kind: K } & ChangeEvents[K] }[ChangeKind];
/** The event of one kind. */
export type ChangeOf<K extends ChangeKind> = Extract<Change, { kind: K }>;

export const CHANGE_KINDS = ['imports', 'catalog', 'pins', 'charts', 'decks', 'settings', 'regionGroups'] as const satisfies readonly ChangeKind[];

/** Everything changed (a restore, or a message of an older copy of the app): every slice reloads. */
export const EVERYTHING: readonly Change[] = CHANGE_KINDS.map((kind) => ({ kind }) as Change);

const ids = (x: unknown): string[] | undefined => (Array.isArray(x) && x.every((s) => typeof s === 'string') ? x : undefined);

/** The events of a cross-tab message; anything unreadable counts as everything. */
export function parseChanges(data: unknown): readonly Change[] {
  const list = (data as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(list)) return EVERYTHING;
  const out: Change[] = [];
  for (const c of list) {
    const kind = (c as { kind?: unknown } | null)?.kind;
    if (!CHANGE_KINDS.includes(kind as ChangeKind)) return EVERYTHING;
    if (kind === 'imports') {
      const { added, removed } = c as { added?: unknown; removed?: unknown };
      out.push({ kind, ...(ids(added) ? { added: ids(added) } : {}), ...(ids(removed) ? { removed: ids(removed) } : {}) });
    } else out.push({ kind } as Change);
  }
  return out;
}
