/**
 * The session's undo history as plain data: each edit, paste, clear or typed batch is one
 * step. Undoing moves a step to the redo side; a new step empties the redo side (as in
 * Excel). Steps are the caller's objects, handed back as they were pushed.
 */
export class UndoStack<T> {
  private done: T[] = [];
  private undone: T[] = [];

  constructor(private readonly limit = 100) {}

  push(step: T): void {
    this.done.push(step);
    if (this.done.length > this.limit) this.done.shift();
    this.undone = [];
  }

  /** The step to undo, now on the redo side; undefined when there is none. */
  undo(): T | undefined {
    const step = this.done.pop();
    if (step !== undefined) this.undone.push(step);
    return step;
  }

  /** The step to redo, back on the undo side; undefined when there is none. */
  redo(): T | undefined {
    const step = this.undone.pop();
    if (step !== undefined) this.done.push(step);
    return step;
  }

  /** Drops steps the caller can no longer act on (their import was undone elsewhere). */
  forget(keep: (step: T) => boolean): void {
    this.done = this.done.filter(keep);
    this.undone = this.undone.filter(keep);
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }
}
