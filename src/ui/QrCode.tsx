/**
 * A QR code of a link, made in the browser (the qrcode library encodes; this draws its modules as
 * one SVG path, so nothing is injected as markup and the CSP stays strict).
 */
import { create } from 'qrcode';
import { useMemo } from 'react';

export function QrCode({ text, size = 160, label, testId }: { text: string; size?: number; label: string; testId?: string }) {
  const { path, count } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    let d = '';
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.data[y * modules.size + x]) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
    // A quiet zone of four modules all round, as scanners expect.
    return { path: d, count: modules.size + 8 };
  }, [text]);
  return (
    <svg className="qr-code" data-testid={testId} role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${count} ${count}`} shapeRendering="crispEdges">
      <rect width={count} height={count} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
