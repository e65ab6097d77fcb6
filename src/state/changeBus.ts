import type { Change, ChangeKind, ChangeOf } from '../storage/change';

type Handler<K extends ChangeKind> = (change: ChangeOf<K>) => unknown;
/** Handlers are stored by kind and only ever called with a change of that kind. */
type AnyHandler = (change: Change) => unknown;

/** What a slice is handed to report its writes: this tab refreshes, then the other tabs hear of it. */
export type Changed = (...changes: Change[]) => Promise<void>;

/**
 * The typed change path: slices listen to the event kinds they show, and a write (here or in
 * another tab) runs only those listeners. Changes run one batch at a time, in order, so an
 * update built on the current cube never races another.
 */
export class ChangeBus {
  private readonly handlers = new Map<ChangeKind, AnyHandler[]>();
  private queue: Promise<void> = Promise.resolve();

  constructor(
    /** Tells the other tabs (the cross-tab feed). */
    private readonly announce: (changes: readonly Change[]) => void = () => {},
    /** False while nothing may be read (no database yet, or a newer tab upgraded it). */
    private readonly active: () => boolean = () => true,
  ) {}

  on<K extends ChangeKind>(kind: K, handler: Handler<K>): () => void {
    const list = this.handlers.get(kind) ?? [];
    const h = handler as unknown as AnyHandler;
    list.push(h);
    this.handlers.set(kind, list);
    return () => {
      const at = list.indexOf(h);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** This tab wrote: its listeners run, then the other tabs are told. */
  readonly changed: Changed = async (...changes) => {
    await this.run(changes);
    this.announce(changes);
  };

  /** Another tab wrote: the listeners run here, nothing is announced. */
  received(changes: readonly Change[]): Promise<void> {
    return this.run(changes);
  }

  private run(changes: readonly Change[]): Promise<void> {
    const next = this.queue.then(async () => {
      if (!this.active()) return;
      for (const c of changes) for (const h of this.handlers.get(c.kind) ?? []) await h(c);
    });
    this.queue = next.catch(() => {});
    return next;
  }
}
