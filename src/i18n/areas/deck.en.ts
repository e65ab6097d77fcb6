import type { deck as zh } from './deck.zh-CN';

export const deck: Record<keyof typeof zh, string> = {
};
