/**
 * Briefing mode's presenter (loaded on demand from the header's 演示 button): the tour picker, then
 * the presentation. `applyStep` (./apply-step.ts) is imported directly by the handout's PDF.
 */
export { Present } from './present';
