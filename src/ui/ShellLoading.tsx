/** What the shell shows while the atlas's code arrives. */
export function ShellLoading() {
  return (
    <main className="stage" aria-busy="true">
      <div className="status status-loading" role="status" data-testid="atlas-loading">
        <p>Loading the atlas…</p>
      </div>
    </main>
  );
}
