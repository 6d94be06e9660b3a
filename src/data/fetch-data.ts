/**
 * Fetches one of the app's data files (`data/*.json`, made at build) as JSON, once: a second call
 * returns the same promise; a failed load rejects with an Error naming the file and the problem
 * (unreachable, an HTTP status, not JSON, or what `read` refuses), and the next call fetches again.
 */
export function onceDataFile<T>(path: string, read: (body: unknown) => T): { load: () => Promise<T>; reset: () => void } {
  let pending: Promise<T> | null = null;
  const load = () => {
    pending ??= (async () => {
      let res: Response;
      try {
        res = await fetch(new URL(path, document.baseURI).href);
      } catch (e) {
        throw new Error(`${path}: could not be fetched (${e instanceof Error ? e.message : String(e)})`);
      }
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        throw new Error(`${path} is not JSON`);
      }
      return read(body);
    })().catch((e: unknown) => {
      pending = null;
      throw e;
    });
    return pending;
  };
  return { load, reset: () => { pending = null; } };
}
