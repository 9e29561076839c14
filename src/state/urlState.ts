/**
 * The URL holds the shareable state (contract: `?view=`, later `?muscle=`, `?pain=`). Parsing never
 * throws: unknown values are dropped and reported as notices.
 */
import { isViewPreset, type ViewPreset } from './viewSlice';

/** What a URL asks for. */
export interface UrlState {
  view?: ViewPreset;
}

/** Longest value we read; longer ones are ignored as junk. */
const MAX_VALUE_LENGTH = 2000;

/** Parses a query string into state plus notices about the values it ignored. */
export function parseUrlState(search: string): { state: UrlState; notices: string[] } {
  const notices: string[] = [];
  const state: UrlState = {};
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, notices: ['The link could not be read, so the default view is shown.'] };
  }
  const view = params.get('view');
  if (view !== null) {
    if (view.length <= MAX_VALUE_LENGTH && isViewPreset(view)) state.view = view;
    else notices.push(`Unknown view "${shorten(view)}" was ignored; showing the front view.`);
  }
  return { state, notices };
}

/** Writes state into a query string, keeping parameters this module does not own. */
export function formatUrlState(state: UrlState, current: string): string {
  const params = new URLSearchParams(current);
  if (state.view && state.view !== 'front') params.set('view', state.view);
  else params.delete('view');
  const text = params.toString();
  return text ? `?${text}` : '';
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
