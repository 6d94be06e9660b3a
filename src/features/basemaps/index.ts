export { BasemapTool } from './basemap-tool';
