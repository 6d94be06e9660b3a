/**
 * Features not on the first screen load on demand: `lazyFeature(() => import('…'), 'Name')` gives a
 * component that fetches its chunk on first render (or earlier, with `preload()`), shows nothing
 * while it loads, renders at once when the chunk is already here, and on a failed load (a chunk the
 * network lost: "could not be loaded", or a render error) shows a message and a Retry button that loads
 * it again, instead of a blank page (tests/e2e/failure.e2e.test.ts fails each kind of chunk).
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Boundary, ChunkLoadError, RegionError } from './error-boundary';

type AnyProps = Record<string, unknown>;

export function lazyFeature<P extends AnyProps>(load: () => Promise<Record<string, ComponentType<P>>>, exportName: string) {
  /** The component once its chunk is here: rendered directly, with no Suspense round (React throttles those). */
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const fetchChunk = () => {
    pending ??= load()
      .then((m) => {
        loaded = m[exportName];
        return { default: loaded };
      })
      .catch((e: unknown) => {
        // Not cached: the next render (Retry) fetches the chunk again (browsers retry a failed import()).
        pending = null;
        throw new ChunkLoadError(e);
      });
    return pending;
  };
  const makeLazy = () => lazy(fetchChunk);
  function LazyFeature(props: P) {
    // Chosen once per mount: an instance first rendered through Suspense keeps that element type after
    // its chunk arrives (switching to the direct component would remount it and lose its state).
    const [Inner, setInner] = useState(() => (loaded ? null : makeLazy()));
    const Loaded = loaded;
    return (
      <Boundary onRetry={() => setInner(makeLazy)} fallback={(error, retry) => <RegionError error={error} retry={retry} />}>
        {Inner ? (
          <Suspense fallback={null}>
            <Inner {...props} />
          </Suspense>
        ) : Loaded && <Loaded {...props} />}
      </Boundary>
    );
  }
  LazyFeature.preload = () => fetchChunk().then(() => undefined, () => undefined);
  return LazyFeature;
}
