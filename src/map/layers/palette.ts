/** Colours by plan, RGB 0–255. One hue per district plan; the Changning reply shares the plan's hue. */
export type Rgb = [number, number, number];

export const PLAN_COLORS: Record<string, Rgb> = {
  'plan:changning-silicon-alley': [214, 51, 108],
  'plan:changning-cppcc-reply': [214, 51, 108],
  'plan:dalinghaowan': [28, 126, 214],
  'plan:yangpu-14th-fyp': [232, 119, 0],
  'plan:jingan-2023-2025': [47, 158, 68],
};

const FALLBACK: Rgb = [120, 120, 120];

export function planColor(planId: string | undefined): Rgb {
  return (planId && PLAN_COLORS[planId]) || FALLBACK;
}

export const rgbCss = ([r, g, b]: Rgb, alpha = 1) => `rgba(${r}, ${g}, ${b}, ${alpha})`;
