import type { EChartsOption } from 'echarts';

/**
 * What a reader sees in a chart option, without colours or layout: title, subtitle, the
 * category axes, and per series its name, values, labels and which items are drawn faint
 * (small denominator or a rate only as stated). Numbers rounded to 3 decimals.
 */
export interface ChartFacts {
  title: string;
  subtitle: string;
  x?: string[];
  y?: string[];
  /** Panel titles (small multiples). */
  panels?: string[];
  series: SeriesFacts[];
  /** Reference lines (target, average, a ranked bar's ratio of sums): label and value. */
  marks?: { label: string; value: number }[];
  footnote?: string;
}

export interface SeriesFacts {
  name?: string;
  values: (number | number[] | null)[];
  labels?: (string | null)[];
  /** Indices of items drawn faint (dashed outline). */
  faint?: number[];
}

type Item = { value?: unknown; label?: { formatter?: unknown }; itemStyle?: { borderType?: string } } | number | null;
type Axis = { type?: string; data?: unknown[] };

const round = (v: unknown): number | number[] | null =>
  typeof v === 'number' ? Math.round(v * 1000) / 1000 : Array.isArray(v) ? v.map((x) => Math.round(Number(x) * 1000) / 1000) : null;

function category(axis: unknown): string[] | undefined {
  const a = (Array.isArray(axis) ? axis[0] : axis) as Axis | undefined;
  return a?.type === 'category' ? (a.data as string[]) : undefined;
}

export function chartFacts(option: EChartsOption): ChartFacts {
  const titles = (Array.isArray(option.title) ? option.title : [option.title]) as { text?: string; subtext?: string }[];
  type Mark = { xAxis?: number; yAxis?: number; label?: { formatter?: string } };
  const series = (option.series as { name?: string; data: Item[]; markLine?: { data: Mark[] } }[]) ?? [];
  const facts: ChartFacts = {
    title: titles[0]?.text ?? '',
    subtitle: titles[0]?.subtext ?? '',
    series: series.map((s) => {
      const values = s.data.map((d) => (d === null ? null : typeof d === 'number' ? round(d) : round(d.value)));
      const labels = s.data.map((d) => (d && typeof d === 'object' && typeof d.label?.formatter === 'string' ? d.label.formatter : null));
      const faint = s.data.flatMap((d, i) => (d && typeof d === 'object' && d.itemStyle?.borderType === 'dashed' ? [i] : []));
      return {
        ...(s.name !== undefined ? { name: s.name } : {}),
        values,
        ...(labels.some((l) => l !== null) ? { labels } : {}),
        ...(faint.length ? { faint } : {}),
      };
    }),
  };
  const x = category(option.xAxis);
  const y = category(option.yAxis);
  if (x) facts.x = x;
  if (y) facts.y = y;
  if (titles.length > 1) facts.panels = titles.slice(1).map((t) => t.text ?? '');
  const marks = series.flatMap((s) => s.markLine?.data ?? []).map((m) => ({ label: m.label?.formatter ?? '', value: round(m.xAxis ?? m.yAxis) as number }));
  if (marks.length) facts.marks = marks;
  const graphic = option.graphic as { style?: { text?: string } }[] | undefined;
  if (graphic?.[0]?.style?.text) facts.footnote = graphic[0].style.text;
  return facts;
}
