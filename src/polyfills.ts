// The page must run in Chromium 80+ (360, QQ and older Edge builds on office PCs). Svelte's
// runtime uses String.prototype.replaceAll (Chrome 85); fill it and Array.prototype.at (92).

if (!String.prototype.replaceAll) {
  Object.defineProperty(String.prototype, 'replaceAll', {
    configurable: true,
    writable: true,
    value(this: string, search: string | RegExp, replacement: string | ((substring: string, ...args: unknown[]) => string)) {
      if (search instanceof RegExp) {
        if (!search.global) throw new TypeError('replaceAll must be called with a global RegExp');
        return this.replace(search, replacement as string);
      }
      return this.split(search).join(typeof replacement === 'string' ? replacement : replacement(search));
    },
  });
}

if (!Array.prototype.at) {
  Object.defineProperty(Array.prototype, 'at', {
    configurable: true,
    writable: true,
    value<T>(this: T[], index: number): T | undefined {
      const i = Math.trunc(index) || 0;
      return this[i < 0 ? this.length + i : i];
    },
  });
}

export {};
