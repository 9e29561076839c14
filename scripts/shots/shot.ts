/** What one documentation screenshot shows, and the viewport sizes they use. */
export interface Shot {
  name: string;
  query: string;
  width: number;
  height: number;
  /** Optional camera: position and target, set through the test hook. */
  camera?: { position: [number, number, number]; target: [number, number, number] };
  /** Simulate a browser without WebGL (the list-based mode). */
  noWebgl?: boolean;
  /** Scroll this element into view before the shot (e.g. a part of the muscle panel). */
  scrollTo?: string;
  /** Turn X-ray on (the skin translucent, the muscles seen) before the shot. */
  xray?: boolean;
  /** Click these (CSS selectors), in order, before the shot (e.g. open a picker). */
  clicks?: string[];
  /** A page without the live 3D view (the handout): wait for this selector instead of the camera. */
  waitFor?: string;
  /** Shoot the whole page, not just the viewport. */
  fullPage?: boolean;
}

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };
export const tablet = { width: 1024, height: 768 };
export const face = (side: 'r' | 'l') => ({ position: [side === 'r' ? -0.45 : 0.45, 1.62, 0.22] as [number, number, number], target: [0, 1.6, 0.04] as [number, number, number] });

