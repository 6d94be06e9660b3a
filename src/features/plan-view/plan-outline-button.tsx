/** The "Plan outline" button shown with a plan (in the zone browser and on the plan's panel). */
import { useAtlasStore } from '../../store';
import { useT } from '../../i18n';

export function PlanOutlineButton({ planId }: { planId: string }) {
  const { t } = useT();
  const open = useAtlasStore((s) => s.openPlanView);
  const openId = useAtlasStore((s) => s.planViewId);
  return (
    <button type="button" className="plan-outline-button" data-plan={planId} aria-pressed={openId === planId} onClick={() => open(planId)}>
      {t('plan.outline')}
    </button>
  );
}
