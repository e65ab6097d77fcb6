import type { regionGroups as zh } from './regionGroups.zh-CN';

export const regionGroups: Record<keyof typeof zh, string> = {
};
