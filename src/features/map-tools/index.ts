export { MapToolbar } from './toolbar';
