/** The copy-link button in the header (issue 8). Stub. */
export function ShareButton() {
  return null;
}
