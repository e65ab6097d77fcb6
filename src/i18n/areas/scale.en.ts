import type { scale as zh } from './scale.zh-CN';

export const scale: Record<keyof typeof zh, string> = {
};
