/**
 * Plan indicators (issue 10): a plan's targets against its baselines by year, as small SVG charts.
 * `PlanIndicators` for the page (plan outline, tour step card), `TargetIndicator` for a target's panel,
 * `indicatorSvg` for a standalone image (handout PNG / PDF), `indicatorSeries` for the data.
 */
export { PlanIndicators, TargetIndicator, type PlanIndicatorsProps } from './plan-indicators';
export { indicatorSvg } from './indicator-svg';
export { indicatorSeries, pickSeries, type IndicatorSeries, type IndicatorPoint, type PlanIndicatorSeries, type QualitativeTarget } from './series';
