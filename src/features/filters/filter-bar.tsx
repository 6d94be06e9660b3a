/** Filters above the zone list (issue 8): plan, record type, carrier kind, industry track, precision. Stub. */
export function FilterBar() {
  return null;
}
