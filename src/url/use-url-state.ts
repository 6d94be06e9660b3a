/**
 * Shareable state has one home: this hook keeps the URL and the store (and, through the map, the
 * camera) in step (issue 8). Stub.
 */
export function useUrlState(): void {}
