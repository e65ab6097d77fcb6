/**
 * Tells other tabs of this app that the stored data changed, so two open windows show the
 * same data. (Every file:// page of a profile shares one IndexedDB; the channel name is the
 * database's.) Silently absent where BroadcastChannel is.
 */
export class ChangeFeed {
  private channel: BroadcastChannel | null = null;

  constructor(name: string, onChange: (what: string) => void) {
    try {
      this.channel = new BroadcastChannel(`${name}:changes`);
      this.channel.onmessage = (ev: MessageEvent<{ what: string }>) => onChange(ev.data?.what ?? 'data');
    } catch {
      this.channel = null;
    }
  }

  announce(what: string): void {
    this.channel?.postMessage({ what });
  }
}
