/**
 * The presenter's keys, as presentation clickers send them: → / Space / PageDown next, ← / PageUp
 * previous, Home / End, 1–9 jump to that step, Esc leaves. Pure.
 */
export type KeyAction = { go: number } | { by: 1 | -1 } | { leave: true } | null;

export function keyAction(key: string, stepCount: number, mods: { ctrl?: boolean; alt?: boolean; meta?: boolean } = {}): KeyAction {
  if (mods.ctrl || mods.alt || mods.meta) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'PageDown':
      return { by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return { by: -1 };
    case 'Home':
      return { go: 0 };
    case 'End':
      return { go: stepCount - 1 };
    case 'Escape':
      return { leave: true };
  }
  if (/^[1-9]$/.test(key)) {
    const n = Number(key) - 1;
    return n < stepCount ? { go: n } : null;
  }
  return null;
}

/** The step a key action leads to from `index` (clamped to the tour). */
export function nextIndex(action: { go: number } | { by: 1 | -1 }, index: number, stepCount: number): number {
  const to = 'go' in action ? action.go : index + action.by;
  return Math.max(0, Math.min(stepCount - 1, to));
}

/** Auto-advance choices, in seconds (0: off). */
export const AUTO_INTERVALS = [0, 5, 10, 20] as const;
