/**
 * The body a page starts with, read before anything loads (the entry script prefetches its file):
 * the link's `body` and `build`, else the one the user chose to remember on this device, else the
 * default. Small on purpose: it runs in the first view's script.
 */
import { DEFAULT_BODY, DEFAULT_BUILD, isBodyId, isBuildId, type BodyChoice } from '../atlas/bodies';

/** Where a remembered body is kept (only once the user asks for it). */
export const REMEMBERED_BODY_KEY = 'trigger-point-atlas:body';

/** The body for a page with query `search`. */
export function initialBodyChoice(search: string, remembered: string | null = readRemembered()): BodyChoice {
  const params = new URLSearchParams(search);
  const fromLink = { body: params.get('body'), build: params.get('build') };
  const saved = parseRemembered(remembered);
  const body = fromLink.body !== null && isBodyId(fromLink.body) ? fromLink.body : fromLink.body === null ? saved?.body : undefined;
  const build = fromLink.build !== null && isBuildId(fromLink.build) ? fromLink.build : fromLink.build === null && fromLink.body === null ? saved?.build : undefined;
  return { body: body ?? DEFAULT_BODY, build: build ?? DEFAULT_BUILD };
}

/** Remembers `choice` on this device (the picker's "remember" button). */
export function rememberBodyChoice(choice: BodyChoice & { tone?: string }): void {
  try {
    window.localStorage.setItem(REMEMBERED_BODY_KEY, JSON.stringify(choice));
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this page only.
  }
}

/** Forgets the remembered body. */
export function forgetBodyChoice(): void {
  try {
    window.localStorage.removeItem(REMEMBERED_BODY_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** The remembered body and tone, if any (tone checked by its reader). */
export function rememberedBody(remembered: string | null = readRemembered()): (BodyChoice & { tone?: string }) | null {
  const saved = parseRemembered(remembered);
  return saved ? { body: saved.body ?? DEFAULT_BODY, build: saved.build ?? DEFAULT_BUILD, ...(saved.tone ? { tone: saved.tone } : {}) } : null;
}

function readRemembered(): string | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage.getItem(REMEMBERED_BODY_KEY);
  } catch {
    return null;
  }
}

function parseRemembered(text: string | null): { body?: BodyChoice['body']; build?: BodyChoice['build']; tone?: string } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const body = typeof value.body === 'string' && isBodyId(value.body) ? value.body : undefined;
    const build = typeof value.build === 'string' && isBuildId(value.build) ? value.build : undefined;
    const tone = typeof value.tone === 'string' ? value.tone : undefined;
    return body || build || tone ? { ...(body ? { body } : {}), ...(build ? { build } : {}), ...(tone ? { tone } : {}) } : null;
  } catch {
    return null;
  }
}
