import { isAggregateRegion } from '../domain/matchRegion';

/**
 * The place a column header of indicators names beside its indicator, and the parts without
 * it: 「GDP:现价:北京」 (a series export's name) → 北京 and 「GDP:现价」; 北京 written over
 * 地区生产总值 (a group, or a 区域 row) → 北京 and 地区生产总值. Exactly one place, and something
 * left to name the indicator; null otherwise.
 */
export function placeInHeader(parts: readonly string[], isPlace: (text: string) => boolean): { region: string; parts: string[] } | null {
  let region = '';
  let rest = [...parts];
  if (parts.length >= 2) {
    const at = placesAt(parts, isPlace);
    if (at.length === 1) [region, rest] = [parts[at[0]], parts.filter((_, i) => i !== at[0])];
  }
  const name = rest[rest.length - 1] ?? '';
  if (/[:：]/.test(name)) {
    const segments = name.split(/\s*[:：]\s*/).filter(Boolean);
    const at = placesAt(segments, isPlace);
    // 「地区生产总值: 北京」 under a 区域 row of 北京 names it twice; another place there is no match.
    if (segments.length >= 2 && at.length === 1 && (!region || segments[at[0]] === region)) {
      region ||= segments[at[0]];
      rest = [...rest.slice(0, -1), segments.filter((_, i) => i !== at[0]).join(':')];
    }
  }
  return region && rest[rest.length - 1] ? { region, parts: rest } : null;
}

function placesAt(texts: readonly string[], isPlace: (text: string) => boolean): number[] {
  const at: number[] = [];
  texts.forEach((t, i) => {
    if (isPlace(t.trim())) at.push(i);
  });
  return at;
}

/**
 * The indicator a group names over a column of a place (地区生产总值 over 北京 | 天津; CEIC's
 * 「地区生产总值: 北京」 over a 区域 row of 北京), or '' when the group is no indicator: a place,
 * a scope (全市各县区) or a header word (县区).
 */
export function indicatorAbovePlace(group: string, place: string, isPlace: (text: string) => boolean, isWord: (text: string) => boolean): string {
  const segments = group.split(/\s*[:：]\s*/).filter(Boolean);
  const name = segments.length > 1 ? segments.filter((s) => s !== place).join(':') : group;
  return name && !isPlace(name) && !isWord(name) && !SCOPE_RE.test(name) && !isAggregateRegion(name) ? name : '';
}

/** 全市, 各县区, 全省各地: words of scope, written where a place would be. */
export const SCOPE_RE = /各|^全[市省区县国州盟旗]|^(城区|农村|城镇|乡村|市区|郊区|市本级|县区|区县|县市区|本级|市直|城乡)$/;
