import type { tidy as zh } from './tidy.zh-CN';

export const tidy: Record<keyof typeof zh, string> = {
};
