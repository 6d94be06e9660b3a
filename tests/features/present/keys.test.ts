import { describe, expect, it } from 'vitest';
import { keyAction, nextIndex } from '../../../src/features/present/keys';

describe('presenter keys', () => {
  it('maps the clickers\' keys: next, previous, first, last, leave', () => {
    for (const k of ['ArrowRight', ' ', 'PageDown', 'ArrowDown']) expect(keyAction(k, 5)).toEqual({ by: 1 });
    for (const k of ['ArrowLeft', 'PageUp', 'ArrowUp']) expect(keyAction(k, 5)).toEqual({ by: -1 });
    expect(keyAction('Home', 5)).toEqual({ go: 0 });
    expect(keyAction('End', 5)).toEqual({ go: 4 });
    expect(keyAction('Escape', 5)).toEqual({ leave: true });
  });

  it('number keys jump to that step, when the tour has it', () => {
    expect(keyAction('1', 5)).toEqual({ go: 0 });
    expect(keyAction('5', 5)).toEqual({ go: 4 });
    expect(keyAction('6', 5)).toBeNull();
    expect(keyAction('0', 5)).toBeNull();
  });

  it('leaves other keys and modified keys to the browser', () => {
    expect(keyAction('a', 5)).toBeNull();
    expect(keyAction('ArrowRight', 5, { ctrl: true })).toBeNull();
    expect(keyAction('1', 5, { alt: true })).toBeNull();
  });

  it('stays within the tour', () => {
    expect(nextIndex({ by: 1 }, 4, 5)).toBe(4);
    expect(nextIndex({ by: -1 }, 0, 5)).toBe(0);
    expect(nextIndex({ go: 2 }, 4, 5)).toBe(2);
  });
});
