import QRCode from "qrcode";

/** The card number as a QR code (SVG markup, no script): what a cashier's scanner reads. */
export function renderCardQr(cardNumber: string): Promise<string> {
  return QRCode.toString(cardNumber, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
