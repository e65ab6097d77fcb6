import type { scale as zh } from './scale.zh-CN';

export const scale: Record<keyof typeof zh, string> = {
  'import.tooBigForBrowser': "“{file}” has about {cells} cells; importing it would take about {needed} MB of memory, more than the about {limit} MB this browser page can use. Nothing was read and the database is unchanged. Split the file by year or region and import the parts, or use a recent 64-bit browser.",
};
