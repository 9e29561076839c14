/**
 * The start poster: a still picture of the body (public/poster/front.png, drawn by
 * scripts/poster from the committed model with the live view's camera and lights), where the 3D
 * body will appear, until the live view has drawn its first frame. On a slow phone the body is
 * there at once instead of after seconds of a loading line. The page's head script decides
 * whether this visit opens on exactly that picture and preloads it (public/start-body.js); without
 * its mark on the root element the CSS neither shows nor fetches the picture, and
 * ui/startPosterRule.ts removes the mark once the body is drawn or the opening view changes.
 * index.html's static shell holds the same element, so the picture is there before any code has
 * arrived.
 */
export function StartPoster() {
  return <div className="start-poster" aria-hidden="true" data-testid="start-poster" />;
}
