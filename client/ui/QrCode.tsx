import { useMemo } from 'react';
import { encode } from 'uqr';

/** `label: null` for a decorative copy whose surrounding control already has a name. */
type QrCodeProps = { value: string; label: string | null; className?: string };

/**
 * The QR code of `value` as one SVG path (one rect per dark module would be thousands of nodes).
 * Medium error correction survives a projector's glare. Exported so a test can check which text
 * a drawn code holds.
 */
export function qrCodePath(value: string): { size: number; path: string } {
  const qr = encode(value, { ecc: 'M', border: 2 });
  let path = '';
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size: qr.size, path };
}

/** The join URL as a QR code. */
export function QrCode({ value, label, className }: QrCodeProps) {
  const { size, path } = useMemo(() => qrCodePath(value), [value]);

  return (
    <svg
      className={['qr', className].filter(Boolean).join(' ')}
      viewBox={`0 0 ${size} ${size}`}
      role={label === null ? undefined : 'img'}
      aria-label={label ?? undefined}
      aria-hidden={label === null ? true : undefined}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#111" />
    </svg>
  );
}
