/**
 * The brush stroke being painted, between pointer moves: a small value the gesture writes and the
 * pain markers draw, kept out of the app's store (a move is not an app state change).
 */
import type { SurfacePoint, Vec3 } from '../atlas/types';

/** A brush or eraser gesture in progress: its centres on the skin so far, and its radius. */
export interface LiveStroke {
  readonly tool: 'paint' | 'erase';
  readonly radius: number;
  readonly centres: readonly { readonly position: Vec3; readonly surface: SurfacePoint }[];
}

let stroke: LiveStroke | null = null;
const listeners = new Set<() => void>();

/** The gesture in progress, or null when none is. */
export function getLiveStroke(): LiveStroke | null {
  return stroke;
}

/** Replaces the live stroke (null ends it). */
export function setLiveStroke(next: LiveStroke | null): void {
  stroke = next;
  listeners.forEach((l) => l());
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function subscribeLiveStroke(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
