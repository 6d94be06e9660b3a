import { describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../../src/data/assemble';
import { buildPlanOutline } from '../../../src/features/plan-view/plan-outline';
import { makeFiles } from '../../fixtures/atlas';

function fixture(mutate?: (files: Record<string, unknown>) => void) {
  const files = makeFiles();
  mutate?.(files);
  return assembleAtlas(files).atlas;
}

describe('plan outline', () => {
  it('lists groups → actions → the targets they name', () => {
    const outline = buildPlanOutline(fixture(), 'plan:demo')!;
    expect(outline.plan.id).toBe('plan:demo');
    expect(outline.groups.map((g) => g.group?.key)).toEqual(['g1']);
    expect(outline.groups[0].actions.map((a) => [a.action.id, a.targets.map((t) => t.id)])).toEqual([
      ['action:demo-1', ['target:demo-firms']],
    ]);
    expect(outline.otherTargets).toEqual([]);
  });

  it('puts targets no action names in the plan\'s own targets section', () => {
    const outline = buildPlanOutline(fixture((f) => {
      (f['geodata/demo/actions.json'] as { targets: string[] }[])[0].targets = [];
    }), 'plan:demo')!;
    expect(outline.groups[0].actions[0].targets).toEqual([]);
    expect(outline.otherTargets.map((t) => t.id)).toEqual(['target:demo-firms']);
  });

  it('keeps empty printed groups and collects actions of unknown groups last', () => {
    const outline = buildPlanOutline(fixture((f) => {
      const plan = (f['geodata/plans.json'] as { groups: unknown[] }[])[0];
      plan.groups.push({ key: 'g2', number: '(二)', title: { zh: '保障' }, citation: { seed: '000', quote: '责任部门' } });
      (f['geodata/demo/actions.json'] as { group: string }[])[0].group = 'elsewhere';
    }), 'plan:demo')!;
    expect(outline.groups.map((g) => [g.group?.key ?? null, g.actions.length])).toEqual([['g1', 0], ['g2', 0], [null, 1]]);
  });

  it('returns null for an unknown plan', () => {
    expect(buildPlanOutline(fixture(), 'plan:nope')).toBeNull();
  });
});
