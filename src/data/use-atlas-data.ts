/** React side of the data load: starts it at mount and reports loading / ready / error, with a retry. */
import { useCallback, useEffect, useState } from 'react';
import { loadAtlasData, type AtlasData } from './atlas-data';

export type AtlasLoad =
  | { state: 'loading' }
  | { state: 'ready'; data: AtlasData }
  | { state: 'error'; message: string };

export function useAtlasData(): { load: AtlasLoad; retry: () => void } {
  const [load, setLoad] = useState<AtlasLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    loadAtlasData().then(
      (data) => live && setLoad({ state: 'ready', data }),
      (e: unknown) => live && setLoad({ state: 'error', message: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { load, retry: useCallback(() => setAttempt((n) => n + 1), []) };
}
