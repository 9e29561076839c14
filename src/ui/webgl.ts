/** Whether this browser can give us a WebGL context at all. */
let cached: boolean | undefined;

/** True when a WebGL (2 or 1) context can be created; tested once. */
export function hasWebGL(): boolean {
  if (cached !== undefined) return cached;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    cached = gl !== null;
    (gl?.getExtension('WEBGL_lose_context') as { loseContext(): void } | null | undefined)?.loseContext();
  } catch {
    cached = false;
  }
  return cached;
}
