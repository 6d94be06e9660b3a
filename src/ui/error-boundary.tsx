/**
 * One render error never blanks the app: each region of the shell (the map, the side panel, the plan
 * outline, the source reader, the header's tools) sits in its own boundary, which shows what failed
 * with a Retry that mounts the region again. Features loaded on demand have one too (./lazy-feature.tsx).
 */
import { Component, useState, type ReactNode } from 'react';
import { useT } from '../i18n';
import { TEST_HOOKS } from '../map/test-hooks';
import { PhoneSheetHandle } from './phone-sheet';
import './feature-error.css';

interface BoundaryProps {
  fallback: (error: Error, retry: () => void) => ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

export class Boundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error) {
    console.warn('render error:', error.message);
  }
  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return this.props.fallback(error, () => {
      this.props.onRetry?.();
      this.setState({ error: null });
    });
  }
}

/** A feature's code that did not arrive (a chunk the network lost): said as such, not as a bug. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** The message and Retry a failed region shows (`region`: what failed, for the reader). */
export function RegionError({ error, retry, region }: { error: Error; retry: () => void; region?: string }) {
  const { t } = useT();
  const chunk = error instanceof ChunkLoadError;
  return (
    <div className="feature-error" role="alert" data-testid="region-error" data-error={chunk ? 'chunk' : 'render'}>
      {chunk ? (
        <>
          <p>{t('hardening2.chunkError')}</p>
          <p className="feature-error-detail">{t('hardening2.errorDetail', { message: error.message })}</p>
        </>
      ) : (
        <p>{region ? t('app.regionError', { region, message: error.message }) : t('app.featureError', { message: error.message })}</p>
      )}
      <button type="button" onClick={retry}>{t('app.retry')}</button>
    </div>
  );
}

export type RegionId = 'map' | 'panel' | 'tools' | 'plan' | 'reader';

/** A region of the shell: a render error in it shows a message and a Retry that mounts it afresh. */
export function Region({ id, children }: { id: RegionId; children: ReactNode }) {
  const { t } = useT();
  const [generation, setGeneration] = useState(0);
  return (
    <>
      {/* The side panel is a sheet on a phone: its handle stays outside the boundary, usable when the panel fails. */}
      {id === 'panel' && <PhoneSheetHandle />}
      <Boundary onRetry={() => setGeneration((g) => g + 1)} fallback={(error, retry) => <RegionError error={error} retry={retry} region={t(`app.region.${id}`)} />}>
        <RegionBody key={generation} id={id}>{children}</RegionBody>
      </Boundary>
    </>
  );
}

function RegionBody({ id, children }: { id: RegionId; children: ReactNode }) {
  // The e2e build can make a region fail on its next render, to test this boundary (src/map/test-hooks.ts).
  if (TEST_HOOKS && window.__atlasFailRegion === id) throw new Error(`test: ${id} made to fail`);
  return <>{children}</>;
}
