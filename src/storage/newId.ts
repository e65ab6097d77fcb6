/** Short unique id (time-ordered prefix + randomness); needs no secure context. */
export function newId(prefix: string): string {
  const rand = new Uint32Array(2);
  crypto.getRandomValues(rand);
  return `${prefix}${Date.now().toString(36)}${rand[0].toString(36)}${rand[1].toString(36).slice(0, 4)}`;
}
