/** Turns a failure to load or build the body into the app's readable error state. */
import { useLoader } from '@react-three/fiber';
import { Component, type ReactNode } from 'react';
import { FileLoader } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { atlasStore } from '../state/store';
import { BODY_MODEL_URL, ZONES_URL } from './loadBodyModel';

/** Error boundary around the body; on error it reports to the store and renders nothing. */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Forget the failed load so that "Try again" fetches the file anew.
    useLoader.clear(GLTFLoader, BODY_MODEL_URL);
    useLoader.clear(FileLoader, ZONES_URL);
    console.error('Body model failed:', error);
    atlasStore.getState().fail({
      code: 'model-load-failed',
      message:
        'The 3D body model or its referral zones could not be loaded (a file may be missing or damaged). Check your connection and try again.',
    });
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
