import { useMemo } from 'react';
import { renderSVG } from 'uqr';

interface Props {
  /** What the code holds: an invite link. */
  text: string;
  /** What it is, for screen readers: "QR code of the Peer reviewers link". */
  label: string;
}

/**
 * A QR code drawn on this device (no request leaves it), as an SVG image: a phone's camera opens
 * the link without anyone typing it. Medium error correction survives a projector's glare.
 */
export function QrCode({ text, label }: Props) {
  const source = useMemo(() => `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(text, { ecc: 'M', border: 2 }))}`, [text]);
  return <img className="qr-code" src={source} alt={label} />;
}
