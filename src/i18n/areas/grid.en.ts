import type { grid as zh } from './grid.zh-CN';

export const grid: Record<keyof typeof zh, string> = {
};
