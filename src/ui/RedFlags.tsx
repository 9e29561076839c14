/** Signs that need a clinician, shown wherever a patient looks for the cause of their pain. */
export function RedFlags() {
  return (
    <div className="red-flags" role="note" data-testid="red-flags">
      <h3>See a clinician first if</h3>
      <ul>
        <li>
          <strong>Chest pain</strong>, especially with breathlessness, sweating, or pain into the arm or jaw: call
          emergency services.
        </li>
        <li>New numbness, tingling or weakness, or trouble with bladder or bowel.</li>
        <li>Fever, feeling unwell, or unexplained weight loss with the pain.</li>
        <li>Pain after a fall, accident or other injury, or pain that wakes you at night.</li>
        <li>A swollen, red, warm calf; or a sudden, severe headache unlike any before.</li>
      </ul>
      <p>This list ranks muscles whose trigger points can refer pain to the spots you marked. It is not a diagnosis.</p>
    </div>
  );
}
