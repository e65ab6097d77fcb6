import type { EChartsOption } from 'echarts';
import { echarts, type EChartsInstance } from './echarts';

/** PNG of the chart on screen at 2× pixel ratio (sharp on slides), on its own background. */
export function chartPng(chart: EChartsInstance, background: string, pixelRatio = 2): string {
  return chart.getDataURL({ type: 'png', pixelRatio, backgroundColor: background, excludeComponents: ['toolbox'] });
}

/** The same option rendered by the SVG renderer, off screen: vector for print and WPS/PPT. */
export function chartSvg(option: EChartsOption, width: number, height: number): string {
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-10000px;top:0;width:${width}px;height:${height}px`;
  document.body.appendChild(host);
  const chart = echarts.init(host, undefined, { renderer: 'svg', width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
    host.remove();
  }
}

export function dataUrlToBytes(url: string): Uint8Array {
  const b64 = url.slice(url.indexOf(',') + 1);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
