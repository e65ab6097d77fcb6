export function extractScripts(htmlPath: string, outDir: string): string[];
