import { parseChanges, type Change } from './change';

/**
 * Tells other tabs of this app what the stored data changed, so two open windows show the
 * same data. (Every file:// page of a profile shares one IndexedDB; the channel name is the
 * database's.) Silently absent where BroadcastChannel is.
 */
export class ChangeFeed {
  private channel: BroadcastChannel | null = null;

  constructor(name: string, onChange: (changes: readonly Change[]) => void) {
    try {
      this.channel = new BroadcastChannel(`${name}:changes`);
      this.channel.onmessage = (ev: MessageEvent<unknown>) => onChange(parseChanges(ev.data));
    } catch {
      this.channel = null;
    }
  }

  announce(changes: readonly Change[]): void {
    // Plain data only: a change may carry a reactive proxy's arrays.
    this.channel?.postMessage({ changes: changes.map((c) => JSON.parse(JSON.stringify(c)) as Change) });
  }

  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}
