/**
 * The hand-over between the first screen's 导入 / Import button and the import's interface (loaded
 * after the first screen): files picked before it has mounted wait here, none is lost. On the first
 * screen: no imports.
 */
type Listener = (files: File[]) => void;

let listener: Listener | null = null;
const waiting: File[] = [];

/** Files the reader picked or dropped: handed to the import's interface now, or once it mounts. */
export function requestImport(files: readonly File[]): void {
  if (!files.length) return;
  if (listener) listener([...files]);
  else waiting.push(...files);
}

/** The import's interface takes the requests (those waiting at once); returns the function that lets go. */
export function takeImportRequests(l: Listener): () => void {
  listener = l;
  if (waiting.length) l(waiting.splice(0));
  return () => {
    if (listener === l) listener = null;
  };
}
