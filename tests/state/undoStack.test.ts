import { describe, expect, it } from 'vitest';
import { UndoStack } from '../../src/state/undoStack';

describe('the session undo stack', () => {
  it('undoes newest first and redoes in the same order back', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.push('c');
    expect([s.undo(), s.undo()]).toEqual(['c', 'b']);
    expect(s.redo()).toBe('b');
    expect(s.undo()).toBe('b');
    expect([s.undo(), s.undo()]).toEqual(['a', undefined]);
    expect(s.canUndo).toBe(false);
    expect(s.canRedo).toBe(true);
    expect([s.redo(), s.redo(), s.redo(), s.redo()]).toEqual(['a', 'b', 'c', undefined]);
  });

  it('a new step after an undo drops what could have been redone (as in Excel)', () => {
    const s = new UndoStack<string>();
    s.push('a');
    s.push('b');
    s.undo();
    s.push('x');
    expect(s.canRedo).toBe(false);
    expect(s.redo()).toBeUndefined();
    expect([s.undo(), s.undo()]).toEqual(['x', 'a']);
  });

  it('keeps at most its limit of steps, dropping the oldest', () => {
    const s = new UndoStack<number>(3);
    for (let i = 1; i <= 5; i++) s.push(i);
    expect([s.undo(), s.undo(), s.undo(), s.undo()]).toEqual([5, 4, 3, undefined]);
  });

  it('hands back the very object pushed, so a redo can record the import it stored again', () => {
    const s = new UndoStack<{ importId: string }>();
    const step = { importId: 'i1' };
    s.push(step);
    s.undo();
    const again = s.redo()!;
    again.importId = 'i2';
    expect(s.undo()).toBe(step);
    expect(step.importId).toBe('i2');
  });
});
