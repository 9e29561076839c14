/** Title bar. */
export function Header() {
  return (
    <header className="header">
      <h1>
        Trigger Point Atlas <span className="subtitle">where a knot sends its pain</span>
      </h1>
    </header>
  );
}
