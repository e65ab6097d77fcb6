import type { chartsUi as zh } from './chartsUi.zh-CN';

export const chartsUi: Record<keyof typeof zh, string> = {
};
