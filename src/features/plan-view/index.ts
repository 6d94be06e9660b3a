/** The plan outline (loaded on demand, when a plan's outline is opened). */
export { PlanView } from './plan-view';
