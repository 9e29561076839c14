/** The medical disclaimer, always visible: on phones one line that opens to the whole text. */
import { useState } from 'react';

export function Disclaimer() {
  const [open, setOpen] = useState(false);
  return (
    <footer className={`disclaimer${open ? ' open' : ''}`} data-testid="disclaimer">
      <button type="button" className="disclaimer-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'Less' : 'More'}
      </button>
      <strong>Education only, not a diagnosis.</strong> Referral maps are clinical consensus drawings and vary
      between people. See a clinician for severe, new or unexplained pain; call emergency services for chest pain
      with breathlessness or sweating, sudden weakness or numbness.
    </footer>
  );
}
