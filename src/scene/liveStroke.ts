/**
 * The brush stroke being painted, between pointer moves: a small value the gesture writes and the
 * pain markers draw, kept out of the app's store (a move is not an app state change).
 */
import type { Vec3 } from '../atlas/types';

let stroke: readonly Vec3[] | null = null;
const listeners = new Set<() => void>();

/** The stroke's centres on the skin so far, or null when none is being painted. */
export function getLiveStroke(): readonly Vec3[] | null {
  return stroke;
}

/** Replaces the live stroke (null ends it). */
export function setLiveStroke(next: readonly Vec3[] | null): void {
  stroke = next;
  listeners.forEach((l) => l());
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function subscribeLiveStroke(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
