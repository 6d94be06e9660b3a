/** Opens the directory (the table of the filtered records, issue 8). Stub. */
export function DirectoryButton() {
  return null;
}
