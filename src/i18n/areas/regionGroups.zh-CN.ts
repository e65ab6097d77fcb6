/** zh-CN strings of one area (one writer per file; merged in ./zh-CN.ts). */
export const regionGroups = {
} as const;
