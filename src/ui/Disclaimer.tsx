/** The medical disclaimer, always visible. */
export function Disclaimer() {
  return (
    <footer className="disclaimer" data-testid="disclaimer">
      <strong>Education only, not a diagnosis.</strong> Referral maps are clinical consensus drawings and vary
      between people. See a clinician for severe, new or unexplained pain; call emergency services for chest pain
      with breathlessness or sweating, sudden weakness or numbness.
    </footer>
  );
}
