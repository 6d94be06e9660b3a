/**
 * The parts of the opened link that were dropped (malformed, tampered, or naming what the data do not
 * have), for the notice the share feature shows. A tiny external store: the URL module writes it,
 * the notice reads it with `useLinkNotice()`.
 */
import { useSyncExternalStore } from 'react';
import type { LinkPart } from './link-schema';

let parts: readonly LinkPart[] = [];
const listeners = new Set<() => void>();

/** Adds dropped parts to the notice (an empty list changes nothing). */
export function reportDroppedParts(dropped: readonly LinkPart[]): void {
  const next = [...new Set([...parts, ...dropped])];
  if (next.length === parts.length) return;
  parts = next;
  listeners.forEach((l) => l());
}

export function dismissLinkNotice(): void {
  parts = [];
  listeners.forEach((l) => l());
}

export function droppedParts(): readonly LinkPart[] {
  return parts;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLinkNotice(): readonly LinkPart[] {
  return useSyncExternalStore(subscribe, droppedParts);
}
