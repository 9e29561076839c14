/*
 * Starts downloading the body the link names (or the one remembered on this device) as soon as
 * the page's head is read, long before the app's code arrives: a preload the app's own fetch then
 * takes. The HTML cannot name the file itself (only a script reads the link), and preloading the
 * default body would fetch it for every other body too. A classic script on purpose: Vite joins
 * every module script of the page into the app's entry. It mirrors `initialBodyChoice` and
 * `bodyFileName` (src/state/bodyChoice.ts, src/atlas/bodies.ts); a unit test holds them equal.
 */
(function () {
  var BODIES = ['male', 'female'];
  var BUILDS = ['slim', 'average', 'heavy', 'muscular'];
  function known(list, value) {
    return typeof value === 'string' && list.indexOf(value) >= 0;
  }
  function remembered() {
    try {
      var value = JSON.parse(window.localStorage.getItem('trigger-point-atlas:body') || 'null');
      return value && typeof value === 'object' ? value : null;
    } catch {
      return null;
    }
  }
  function fileFor(search, saved) {
    var params = new URLSearchParams(search);
    var body = params.get('body');
    var build = params.get('build');
    var pickedBody = body !== null ? (known(BODIES, body) ? body : 'male') : saved && known(BODIES, saved.body) ? saved.body : 'male';
    var pickedBuild = build !== null ? (known(BUILDS, build) ? build : 'average')
      : body === null && saved && known(BUILDS, saved.build) ? saved.build : 'average';
    return pickedBody === 'male' && pickedBuild === 'average' ? 'body.glb' : 'body-' + pickedBody + '-' + pickedBuild + '.glb';
  }
  var script = document.currentScript;
  if (!script) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.type = 'model/gltf-binary';
  var saved = remembered();
  link.href = new URL('models/' + fileFor(window.location.search, saved), script.src).href;
  document.head.appendChild(link);

  // The start poster (public/poster/front.png, made by scripts/poster): a picture of the default
  // body from the front, shown where the 3D body will appear until its first frame. Only for a
  // plain visit that opens on exactly that picture: no link state (a muscle, a view, a pain
  // drawing, a mode...) and no remembered body or tone other than the default (a unit test holds
  // this to what the app then shows). The page's CSS shows (and fetches) the poster only under
  // this mark.
  var plain = window.location.search === '' || window.location.search === '?';
  // Without WebGL 2 the app shows its lists, never the body (the app's own test, hasWebGLApi).
  var drawsBody = typeof window.WebGL2RenderingContext !== 'undefined';
  var defaultLook = !saved || ((saved.body === undefined || saved.body === 'male') &&
    (saved.build === undefined || saved.build === 'average') && (saved.tone === undefined || saved.tone === 'medium'));
  var poster = plain && defaultLook && drawsBody;
  // The zones (the same for every body) load alongside the code. After a poster they wait for
  // it to paint, with the live view's code (src/platform/afterStartPoster.ts).
  if (!poster) {
    var zones = document.createElement('link');
    zones.rel = 'preload';
    zones.as = 'fetch';
    zones.crossOrigin = 'anonymous';
    zones.type = 'application/octet-stream';
    zones.href = new URL('models/zones.bin', script.src).href;
    document.head.appendChild(zones);
  }
  if (poster) {
    document.documentElement.setAttribute('data-start-poster', '');
    // Fetched now, at high priority beside the body and the code, so it is there for the first paints.
    var picture = document.createElement('link');
    picture.rel = 'preload';
    picture.as = 'image';
    picture.type = 'image/png';
    picture.setAttribute('fetchpriority', 'high');
    picture.href = new URL('poster/front.png', script.src).href;
    document.head.appendChild(picture);
  }
})();
