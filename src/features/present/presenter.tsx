/**
 * Presenting a tour: the map fills the screen (full screen, or the window when full screen was
 * refused: a notice says so), the side panels are hidden, and a high-contrast band at the bottom
 * shows the step (./step-card.tsx) with a clickable progress strip. Each step is put on the map by
 * applyStep, framed in the part of the map above the band.
 *
 * Keys (./keys.ts) are taken in the capture phase, before the app's own shortcuts. Esc leaves. In full
 * screen the browser takes Esc itself and only leaves full screen: leaving full screen (Esc, F11, the
 * browser's own control) therefore leaves the presentation too, so one press always ends it and the
 * presenter is never left in a half state (a windowed presentation they did not ask for).
 *
 * Auto-advance (optional) waits the chosen interval after each step is drawn, pauses on any manual
 * navigation or a press on the map, and stops at the last step.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Tour } from '../../data/tour-types';
import { atlasData } from '../../data/atlas-data';
import { useAtlasStore } from '../../store';
import { activeMap } from '../../map/active-map';
import { useT } from '../../i18n';
import { applyStep } from './apply-step';
import { appRoot, exitFullscreen } from './fullscreen';
import { keyAction, nextIndex } from './keys';
import { restoreView, type PriorView } from './snapshot';
import { preloadStepCard, StepCard } from './step-card';

export interface PresenterProps {
  tour: Tour;
  /** Auto-advance interval in seconds (0: off). */
  interval: number;
  prior: PriorView;
  fullscreen: Promise<boolean>;
  /** Resumes the URL sync (paused while presenting), after the prior view is back. */
  resumeUrl: () => void;
  onLeave: () => void;
}

/** Space the top bar (Leave, the notice) takes over the map, in px. */
const TOP_BAR = 64;

export function Presenter({ tour, interval, prior, fullscreen, resumeUrl, onLeave }: PresenterProps) {
  const { t, lang } = useT();
  const data = atlasData();
  const root = useRef(appRoot()).current;
  const steps = tour.steps;
  const last = steps.length - 1;
  const [index, setIndex] = useState(0);
  /** The step last drawn on the map (settled), or -1. */
  const [drawn, setDrawn] = useState(-1);
  /** Layout settled: full screen granted or refused, the map resized. */
  const [ready, setReady] = useState(false);
  const [mode, setMode] = useState<'pending' | 'fullscreen' | 'window'>('pending');
  const [auto, setAuto] = useState(interval > 0);
  const band = useRef<HTMLElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const seq = useRef(0);
  const left = useRef(false);
  /** The step being put on the map (aborted when the presenter moves on or leaves). */
  const applying = useRef<AbortController | null>(null);
  const indexRef = useRef(index);
  indexRef.current = index;
  /** False for the next draw only: a re-frame after a resize jumps instead of flying. */
  const animateNext = useRef(true);
  /** The band height the current step was framed for (null before the first step). */
  const usedBand = useRef<number | null>(null);
  /** Bumped to frame the current step again (the band or the window changed size). */
  const [redraw, setRedraw] = useState(0);

  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    seq.current++;
    applying.current?.abort();
    root.classList.remove('presenting');
    root.style.removeProperty('--present-band');
    exitFullscreen();
    const map = activeMap();
    map?.stop();
    map?.resize();
    restoreView(prior, (patch) => useAtlasStore.setState(patch), map);
    resumeUrl();
    onLeave();
  }, [root, prior, resumeUrl, onLeave]);
  const leaveRef = useRef(leave);
  leaveRef.current = leave;

  // The presenting layout, full screen or not; leaving full screen leaves the presentation.
  useLayoutEffect(() => {
    root.classList.add('presenting');
    activeMap()?.resize();
    region.current?.focus();
    let live = true;
    let full = false;
    fullscreen.then((ok) => {
      if (!live) return;
      full = ok;
      setMode(ok ? 'fullscreen' : 'window');
      activeMap()?.resize();
      setReady(true);
    });
    const onChange = () => {
      if (full && !document.fullscreenElement) leaveRef.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      live = false;
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [root, fullscreen]);

  useEffect(() => preloadStepCard(tour), [tour]);

  // The band's height: the map's controls sit above it, and steps are framed above it. When it
  // changes after a step was framed (a chart drawn late, the window resized), the step is re-framed.
  useLayoutEffect(() => {
    const el = band.current;
    if (!el) return;
    const update = () => {
      root.style.setProperty('--present-band', `${el.offsetHeight}px`);
      if (usedBand.current !== null && Math.abs(el.offsetHeight - usedBand.current) > 4) {
        usedBand.current = el.offsetHeight;
        animateNext.current = false;
        setRedraw((r) => r + 1);
      }
    };
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [root]);

  const go = useCallback((to: number, byUser = true) => {
    if (byUser) setAuto(false);
    setIndex(Math.max(0, Math.min(last, to)));
  }, [last]);

  useEffect(() => {
    if (!ready || left.current) return;
    const map = activeMap();
    if (!map) return;
    const n = ++seq.current;
    applying.current?.abort();
    const controller = (applying.current = new AbortController());
    const animate = animateNext.current;
    animateNext.current = true;
    setDrawn(-1);
    usedBand.current = band.current?.offsetHeight ?? 0;
    const padding = { top: TOP_BAR, bottom: usedBand.current };
    applyStep(map, data, steps[index], { animate, padding, signal: controller.signal }).then(
      () => n === seq.current && setDrawn(index),
      (e: unknown) => console.warn('present:', (e as Error).message),
    );
  }, [ready, index, redraw, data, steps]);

  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        animateNext.current = false;
        setRedraw((r) => r + 1);
      }, 250);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [ready]);

  // Auto-advance: the interval after each drawn step, up to the last.
  useEffect(() => {
    if (!auto || drawn !== index || index >= last) return;
    const timer = setTimeout(() => go(index + 1, false), interval * 1000);
    return () => clearTimeout(timer);
  }, [auto, drawn, index, last, interval, go]);

  // Keys, before the app's own shortcuts (search, panels' Escape).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = keyAction(e.key, steps.length, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey });
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      if ('leave' in action) leaveRef.current();
      else go(nextIndex(action, indexRef.current, steps.length));
    };
    // Space's activation of a focused button comes on keyup: keep it from clicking a second time.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [steps.length, go]);

  // A press on the map (panning, zooming) pauses auto-advance.
  useEffect(() => {
    const map = activeMap();
    if (!map || !auto) return;
    const pause = () => setAuto(false);
    map.on('mousedown', pause);
    map.on('touchstart', pause);
    map.on('wheel', pause);
    return () => {
      map.off('mousedown', pause);
      map.off('touchstart', pause);
      map.off('wheel', pause);
    };
  }, [auto]);

  const step = steps[index];
  return createPortal(
    <div
      ref={region}
      className="presenter"
      role="region"
      aria-label={t('present.region', { title: tour.title[lang] })}
      data-testid="presenter"
      data-step={index}
      data-drawn={drawn}
      data-mode={mode}
      tabIndex={-1}
    >
      <div className="presenter-top">
        <button type="button" className="presenter-exit" data-testid="present-exit" onClick={leave}>{t('present.exit')}</button>
        {mode === 'window' && <p className="presenter-notice" role="status" data-testid="present-fullscreen-notice">{t('present.noFullscreen')}</p>}
      </div>
      <section ref={band} className="presenter-band" aria-live="polite">
        <div className="presenter-bar">
          <nav className="presenter-progress" aria-label={t('present.progress')}>
            <ol>
              {steps.map((s, i) => (
                <li key={s.id}>
                  <button
                    type="button"
                    data-testid="present-step"
                    aria-current={i === index ? 'step' : undefined}
                    aria-label={t('present.stepLabel', { n: i + 1, title: s.title[lang] })}
                    title={s.title[lang]}
                    onClick={() => go(i)}
                  >
                    {i + 1}
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <span className="presenter-count" data-testid="present-count">{index + 1} / {steps.length}</span>
          <button type="button" className="presenter-nav" onClick={() => go(index - 1)} disabled={index === 0} aria-label={t('present.prev')}>←</button>
          <button type="button" className="presenter-nav" onClick={() => go(index + 1)} disabled={index === last} aria-label={t('present.next')}>→</button>
          {interval > 0 && index < last && (
            <button type="button" className="presenter-auto" data-testid="present-auto" aria-pressed={auto} onClick={() => setAuto(!auto)}>
              {auto ? t('present.autoPause') : t('present.autoResume', { seconds: interval })}
            </button>
          )}
          <span className="presenter-keys">{t('present.keys')}</span>
        </div>
        <StepCard data={data} tour={tour} step={step} />
      </section>
    </div>,
    root,
  );
}
