export { ReachTool } from './reach-tool';
