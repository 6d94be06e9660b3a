/**
 * The briefing mode after the 演示 button: the tour picker, then the presentation. Starting takes the
 * snapshot of the presenter's view first (./snapshot.ts), asks for full screen inside the click (the
 * browser allows it only there), pauses the URL sync and clears the view for the tour; leaving puts
 * the snapshot back and resumes the URL sync (the history is as it was).
 */
import { useState } from 'react';
import type { Tour } from '../../data/tour-types';
import { useAtlasStore } from '../../store';
import { activeMap } from '../../map/active-map';
import { pauseUrlSync } from '../../url/use-url-state';
import { TourPicker } from './tour-picker';
import { Presenter } from './presenter';
import { appRoot, enterFullscreen } from './fullscreen';
import { presentingPatch, takeSnapshot, type PriorView } from './snapshot';
import './present.css';

interface Presenting {
  tour: Tour;
  interval: number;
  prior: PriorView;
  fullscreen: Promise<boolean>;
  resumeUrl: () => void;
}

export function Present({ onClose }: { onClose: () => void }) {
  const [presenting, setPresenting] = useState<Presenting | null>(null);
  if (presenting) return <Presenter {...presenting} onLeave={onClose} />;
  return (
    <TourPicker
      onCancel={onClose}
      onStart={(tour, interval) => {
        const prior = takeSnapshot(useAtlasStore.getState(), activeMap());
        const fullscreen = enterFullscreen(appRoot());
        // A presentation's steps are not history: the URL keeps the prior view, and says it again after.
        const resumeUrl = pauseUrlSync();
        useAtlasStore.setState(presentingPatch());
        setPresenting({ tour, interval, prior, fullscreen, resumeUrl });
      }}
    />
  );
}
