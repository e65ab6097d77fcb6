import type { EChartsOption } from 'echarts';
import { echarts, type EChartsInstance } from './echarts';

/** PNG of the chart on screen at 2× pixel ratio (sharp on slides), on its own background. */
export function chartPng(chart: EChartsInstance, background: string, pixelRatio = 2): string {
  return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: background, excludeComponents: ['toolbox'] });
}

/** Renders an option in a chart of its own, off screen, hands it to `use`, then disposes of it. */
export function withOffscreenChart<T>(option: EChartsOption, width: number, height: number, renderer: 'svg' | 'canvas', use: (chart: EChartsInstance) => T): T {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(host);
  const chart = echarts.init(host, undefined, { renderer, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return use(chart);
  } finally {
    chart.dispose();
    host.remove();
  }
}

/** A chart rendered off screen as PNG bytes (2× by default: sharp on slides). */
export function renderPng(option: EChartsOption, background: string, width: number, height: number, pixelRatio = 2): Uint8Array {
  return withOffscreenChart(option, width, height, 'canvas', (chart) => dataUrlToBytes(chartPng(chart, background, pixelRatio)));
}

/** The same option rendered by the SVG renderer: vector for print and WPS/PPT. */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  return withOffscreenChart(option, width, height, 'svg', (chart) => chart.renderToSVGString());
}

export function dataUrlToBytes(url: string): Uint8Array {
  const b64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
