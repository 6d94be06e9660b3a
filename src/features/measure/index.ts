export { MeasureTool } from './measure-tool';
