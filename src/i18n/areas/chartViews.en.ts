import type { chartViews as zh } from './chartViews.zh-CN';

export const chartViews: Record<keyof typeof zh, string> = {
};
