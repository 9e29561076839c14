import { StartPoster } from './StartPoster';

/** What the shell shows while the atlas's code arrives (as index.html's static copy does). */
export function ShellLoading() {
  return (
    <main className="stage" aria-busy="true">
      <StartPoster />
      <div className="status status-loading" role="status" data-testid="atlas-loading">
        <p>Loading the atlas…</p>
      </div>
    </main>
  );
}
