/**
 * A plan's structure as an outline, pure: its action groups in printed order, each group's actions
 * in document order with the targets they name, then the plan's other targets and baselines.
 */
import type { Action, ActionGroup, Atlas, Plan, Target } from '../../data/schema';

export interface OutlineAction {
  action: Action;
  /** Targets this action names (in the action's order). */
  targets: Target[];
}

export interface OutlineGroup {
  /** The printed group, or null for actions whose group the plan does not list. */
  group: ActionGroup | null;
  actions: OutlineAction[];
}

export interface PlanOutline {
  plan: Plan;
  groups: OutlineGroup[];
  /** The plan's targets and baselines that no action names, in data order. */
  otherTargets: Target[];
}

export function buildPlanOutline(atlas: Atlas, planId: string): PlanOutline | null {
  const plan = atlas.plans.find((p) => p.id === planId);
  if (!plan) return null;
  const targetById = new Map(atlas.targets.map((t) => [t.id, t]));
  const actions = atlas.actions.filter((a) => a.plan === planId);
  const named = new Set<string>();
  const entry = (action: Action): OutlineAction => {
    const targets = action.targets.map((id) => targetById.get(id)).filter((t): t is Target => Boolean(t));
    targets.forEach((t) => named.add(t.id));
    return { action, targets };
  };
  const groups: OutlineGroup[] = plan.groups.map((group) => ({
    group,
    actions: actions.filter((a) => a.group === group.key).map(entry),
  }));
  const known = new Set(plan.groups.map((g) => g.key));
  const orphans = actions.filter((a) => !known.has(a.group));
  if (orphans.length) groups.push({ group: null, actions: orphans.map(entry) });
  const otherTargets = atlas.targets.filter((t) => t.plan === planId && !named.has(t.id));
  return { plan, groups: groups.filter((g) => g.actions.length > 0 || g.group !== null), otherTargets };
}
