import type { chartKinds as zh } from './chartKinds.zh-CN';

export const chartKinds: Record<keyof typeof zh, string> = {
};
