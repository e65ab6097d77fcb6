import type { Qualifier } from '../../domain/model';

/** A value as the report would say it: 约300, 2,600余, 17.3. */
export function formatValue(value: number, qualifier: Qualifier | string, num: (n: number, d?: number) => string): string {
  const text = num(value, 6);
  if (!qualifier) return text;
  return qualifier === '约' ? `约${text}` : `${text}${qualifier}`;
}
