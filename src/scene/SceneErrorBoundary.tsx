/** Turns a failure to load or draw the body into the app's readable error state. */
import { Component, type ReactNode } from 'react';
import { atlasStore } from '../state/store';
import { forgetAtlasResources } from './atlasResources';
import { MODEL_LOAD_FAILED } from '../state/statusSlice';

/** Error boundary around the body; on error it reports to the store and renders nothing. */
export class SceneErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    forgetAtlasResources();
    console.error('Body model failed:', error);
    atlasStore.getState().fail(MODEL_LOAD_FAILED);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
