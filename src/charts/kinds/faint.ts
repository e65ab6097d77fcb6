import { withAlpha } from '../withAlpha';

/**
 * How a value that needs care is drawn (a rate over fewer than 10 cases, a rate only as
 * stated): a pale fill with a dashed outline in the region's colour, its label still solid.
 */
export function faint(color: string) {
  return { color: withAlpha(color, 0.33), borderColor: color, borderWidth: 2, borderType: 'dashed' as const };
}
