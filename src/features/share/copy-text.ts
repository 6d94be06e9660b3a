/** Copying the link: the async Clipboard API, else the selected text of a read-only field (`execCommand`, then by hand). */

/** Writes text with the Clipboard API; false where it is missing or refused (an insecure context, a denied permission). */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Selects a field's text and asks the browser to copy the selection; false when it would not. */
export function copySelection(field: HTMLInputElement): boolean {
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
