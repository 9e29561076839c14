/** The link to share or print: the atlas's view as the URL holds it now, never a mode or the handout. */

/** The current view's link, without `handout` and `mode`, its separators left readable. */
export function atlasLink(): string {
  const url = new URL(window.location.href);
  url.searchParams.delete('handout');
  url.searchParams.delete('mode');
  return url.toString().replace(/%3B/gi, ';').replace(/%2C/gi, ',').replace(/%7E/gi, '~');
}
