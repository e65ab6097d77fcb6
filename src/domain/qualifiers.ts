import type { Qualifier } from './model';

/** Stored as an index per observation (Uint8Array); order is part of the storage format. */
export const QUALIFIERS: readonly Qualifier[] = ['', '余', '多', '约', '左右', '以上'];

export function qualifierIndex(q: Qualifier): number {
  const i = QUALIFIERS.indexOf(q);
  return i < 0 ? 0 : i;
}
