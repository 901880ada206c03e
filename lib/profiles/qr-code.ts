import "server-only";
import QRCode from "qrcode";

/** An SVG QR code for `url`, black on white in either theme (inverted codes defeat some scanners). */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
