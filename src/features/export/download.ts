/** Saves a Blob as a file: behind an object URL, clicked through an <a download> (nothing leaves the page). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves text as a file. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
