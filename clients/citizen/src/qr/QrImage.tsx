import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** The code drawn as an SVG QR code: alphanumeric mode, level M, the smallest version that fits (N-t). */
export function QrImage({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Alphanumeric');
    qr.make();
    const n = qr.getModuleCount();
    let d = '';
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (qr.isDark(r, c)) d += `M${c + 4} ${r + 4}h1v1h-1z`;
      }
    }
    // Four modules of quiet zone on every side, as ISO/IEC 18004 asks.
    return { size: n + 8, path: d };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className="block h-auto w-full max-w-[min(34rem,100%)] bg-white print:max-w-[14cm]"
      data-testid="qr-image"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
