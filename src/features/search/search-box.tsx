/** The search box in the header (issue 8): a combobox over every record and the five texts. Stub. */
export function SearchBox() {
  return null;
}
