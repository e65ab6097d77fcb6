import { describe, expect, it } from 'vitest';
import { findPeriodInText, formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../src/domain/parsePeriod';

describe('parsePeriod', () => {
  it.each([
    ['2014', 2014, 2014],
    ['2014年', 2014, 2014],
    ['2014年度', 2014, 2014],
    ['２０１４年', 2014, 2014],
    ['2005.0', 2005, 2005],
    ['2011—2015', 2011, 2015],
    ['2011-2015', 2011, 2015],
    ['2016-2020年', 2016, 2020],
    ['2011年—2015年', 2011, 2015],
    ['十三五', 2016, 2020],
    ['“十二五”时期', 2011, 2015],
    ['十四五', 2021, 2025],
  ])('%s → %d—%d', (text, start, end) => {
    expect(parsePeriod(text)).toEqual({ start, end });
  });

  it('takes numeric cells that are years', () => {
    expect(parsePeriod(2018)).toEqual({ start: 2018, end: 2018 });
    expect(parsePeriod(2018.5)).toBeNull();
    expect(parsePeriod(57)).toBeNull();
  });

  it.each(['地区', '2015-2011', '1800', '12', '指标', '2014年13月', '2016.13', '最近20年'])('%j is not a period', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('parsePeriod on values (told before the patterns run)', () => {
  it.each([
    ['1949', { start: 1949, end: 1949 }],
    ['2100年', { start: 2100, end: 2100 }],
    [' ２０１８年 ', { start: 2018, end: 2018 }],
    ['2018.5', { start: 2018, end: 2018, months: [5, 5] }],
    ['“十四五”规划', { start: 2021, end: 2025 }],
  ] as const)('%j is a period', (text, want) => {
    expect(parsePeriod(text)).toEqual(want);
  });
  it.each(['1948', '2101', '4729.5', '472.9', '１２３４．５', '五', '20', '9999年'])('%j is not', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('findPeriodInText', () => {
  it.each([
    ['兰州市2014年依法行政工作情况汇报', { start: 2014, end: 2014 }],
    ['溧阳2011-2015.xlsx', { start: 2011, end: 2015 }],
    ['温州市2018年法治政府建设报告(2019年3月)', null],
    ['指标表_2023.csv', { start: 2023, end: 2023 }],
    ['“十三五”规划指标', { start: 2016, end: 2020 }],
    ['Sheet1', null],
    ['时间:最近20年', null],
  ])('%s', (text, expected) => {
    expect(findPeriodInText(text)).toEqual(expected);
  });
});

describe('period keys and labels', () => {
  it('round-trip and label spans with an em dash', () => {
    for (const p of [{ start: 2014, end: 2014 }, { start: 2011, end: 2015 }]) {
      expect(periodFromKey(periodKey(p))).toEqual(p);
    }
    expect(formatPeriod({ start: 2011, end: 2015 })).toBe('2011—2015');
    expect(formatPeriod({ start: 2014, end: 2014 })).toBe('2014');
  });
});

describe('period order and labels from keys', () => {
  it('orders by end year, then start, and labels keys', async () => {
    const { comparePeriods, periodLabel } = await import('../../src/domain/parsePeriod');
    const keys = [20232023, 20112015, 20152015, 20142014];
    expect([...keys].sort(comparePeriods).map(periodLabel)).toEqual(['2014', '2011—2015', '2015', '2023']);
  });
});

describe('periods finer than a year', () => {
  it.each([
    ['2022年10月', '2022年10月'],
    ['2022年10月份', '2022年10月'],
    ['2022-10', '2022年10月'],
    ['2022.10', '2022年10月'],
    ['2022/3', '2022年3月'],
    ['2022年1-2月', '2022年1—2月'],
    ['2022年1月-2月', '2022年1—2月'],
    ['2022年第三季度', '2022年第3季度'],
    ['2022年三季度', '2022年第3季度'],
    ['2022Q3', '2022年第3季度'],
    ['２０２２年第１季度', '2022年第1季度'],
  ])('%s reads as %s, and the label reads back to the same key', (text, label) => {
    const p = parsePeriod(text)!;
    expect(formatPeriod(p)).toBe(label);
    expect(periodKey(parsePeriod(label)!)).toBe(periodKey(p));
    expect(periodFromKey(periodKey(p))).toEqual(p);
  });

  it('sorts months, quarters and years in time order', async () => {
    const { comparePeriods, periodLabel } = await import('../../src/domain/parsePeriod');
    const keys = ['2023年1月', '2022', '2022年第4季度', '2022年10月', '2021—2022', '2022年1—2月'].map((t) => periodKey(parsePeriod(t)!));
    expect(keys.sort(comparePeriods).map(periodLabel)).toEqual(['2022年1—2月', '2022年10月', '2021—2022', '2022', '2022年第4季度', '2023年1月']);
  });

  it('orders every pair of periods by their last month, then their first, as the periods themselves say', async () => {
    const { comparePeriods } = await import('../../src/domain/parsePeriod');
    const texts = ['2021', '2022', '2019—2022', '2021—2022', '2022年1月', '2022年12月', '2022年1—6月', '2022年7—12月', '2022年第1季度', '2022年第2季度', '2022年第4季度', '2021年第4季度', '2023年1—2月', '2020—2021'];
    const keys = texts.map((t) => periodKey(parsePeriod(t)!));
    const months = (k: number, last: boolean) => {
      const p = periodFromKey(k);
      return last ? p.end * 12 + (p.months?.[1] ?? 12) : p.start * 12 + (p.months?.[0] ?? 1);
    };
    for (const a of keys) {
      for (const b of keys) {
        const expected = Math.sign(months(a, true) - months(b, true) || months(a, false) - months(b, false));
        expect(Math.sign(comparePeriods(a, b))).toBe(expected);
      }
    }
  });

  it('fills an axis with the missing steps of its own grain', async () => {
    const { periodAxis, periodLabel } = await import('../../src/domain/parsePeriod');
    const k = (t: string) => periodKey(parsePeriod(t)!);
    expect(periodAxis([k('2022年11月'), k('2023年2月')]).map(periodLabel)).toEqual(['2022年11月', '2022年12月', '2023年1月', '2023年2月']);
    expect(periodAxis([k('2022Q4'), k('2023Q2')]).map(periodLabel)).toEqual(['2022年第4季度', '2023年第1季度', '2023年第2季度']);
    expect(periodAxis([k('2014'), k('2011—2015'), k('2017')]).map(periodLabel)).toEqual(['2014', '2011—2015', '2016', '2017']);
  });

  it('finds a month or a quarter named in a title', () => {
    expect(findPeriodInText('2022年1-10月各县区行政复议情况')).toEqual({ start: 2022, end: 2022, months: [1, 10] });
    expect(findPeriodInText('2023年第二季度统计表')).toEqual({ start: 2023, end: 2023, months: [4, 6], quarter: 2 });
  });
});
