/**
 * What the bench injects into every page before its own scripts run (page.addInitScript): a
 * long-task observer, the moment `data-atlas-ready` appears, a register of the WebGL contexts the
 * page creates, and a tap-to-list timer. It only observes: nothing in the page behaves differently.
 *
 * It is a string, not a function, so the TypeScript runner's helpers never leak into the page.
 */
export const INIT_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  // tsx keeps function names with a __name helper; functions passed to page.evaluate may call it.
  globalThis.__name = globalThis.__name || ((f) => f);
  const bench = { readyAt: null, longTasks: [], contexts: [] };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    bench.longTaskError = String(e);
  }
  const markReady = () => {
    const root = document.documentElement;
    if (bench.readyAt === null && root && root.getAttribute('data-atlas-ready') === 'true') bench.readyAt = performance.now();
  };
  new MutationObserver(markReady).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-atlas-ready'] });

  const track = (proto) => {
    const original = proto.getContext;
    proto.getContext = function (type, ...rest) {
      const context = original.call(this, type, ...rest);
      if (context && /^(webgl2?|experimental-webgl)$/.test(String(type)) && !bench.contexts.some((r) => r.deref() === context)) {
        bench.contexts.push(new WeakRef(context));
      }
      return context;
    };
  };
  track(HTMLCanvasElement.prototype);
  if (typeof OffscreenCanvas !== 'undefined') track(OffscreenCanvas.prototype);
  bench.webgl = () => ({
    created: bench.contexts.length,
    live: bench.contexts.map((r) => r.deref()).filter((c) => c && !c.isContextLost()).length,
  });

  // Tap to list: from the pointerup that ends the tap (its event time, when the browser got the
  // input) to the first DOM mutation after which a candidate row is in the document.
  bench.armTap = (timeoutMs) => {
    bench.tap = new Promise((resolve) => {
      let upAt = null;
      const onUp = (e) => { if (upAt === null) upAt = e.timeStamp; };
      const done = (result) => {
        window.removeEventListener('pointerup', onUp, true);
        observer.disconnect();
        clearTimeout(timer);
        resolve(result);
      };
      const observer = new MutationObserver(() => {
        if (upAt !== null && document.querySelector('[data-testid="candidate"]')) done({ upAt, listAt: performance.now() });
      });
      window.addEventListener('pointerup', onUp, true);
      observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      const timer = setTimeout(() => done(null), timeoutMs);
    });
  };
})();`;
