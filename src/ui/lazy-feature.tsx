/**
 * Features not on the first screen load on demand: `lazyFeature(() => import('…'), 'Name')` gives a
 * component that fetches its chunk on first render (or earlier, with `preload()`), shows nothing
 * while it loads, renders at once when the chunk is already here, and on a failed load (a chunk the network lost, a render error) shows a message
 * and a Retry button that loads it again, instead of a blank page.
 */
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n';

type AnyProps = Record<string, unknown>;

class FeatureBoundary extends Component<{ fallback: (error: Error, retry: () => void) => ReactNode; onRetry: () => void; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback(error, () => {
      this.props.onRetry();
      this.setState({ error: null });
    });
  }
}

function FeatureError({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useT();
  return (
    <div className="feature-error" role="alert">
      <p>{t('app.featureError', { message: error.message })}</p>
      <button type="button" onClick={retry}>{t('app.retry')}</button>
    </div>
  );
}

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
        pending = null;
        throw e;
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
      <FeatureBoundary onRetry={() => setInner(makeLazy)} fallback={(error, retry) => <FeatureError error={error} retry={retry} />}>
        {Inner ? (
          <Suspense fallback={null}>
            <Inner {...props} />
          </Suspense>
        ) : Loaded && <Loaded {...props} />}
      </FeatureBoundary>
    );
  }
  LazyFeature.preload = () => fetchChunk().then(() => undefined, () => undefined);
  return LazyFeature;
}
