/**
 * QR codes for printed study packs: an inline SVG (no image file, nothing fetched) that links a printed item
 * to its page online. Generated at build time; the same URL always gives the same SVG.
 */
import QRCode from 'qrcode';

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `<svg class="qr" …>` encoding `url` (no quiet zone: the page around it is blank), labelled for screen readers.
 * Its size comes from CSS (`svg.qr`); the viewBox keeps it square.
 */
export async function qrSvg(url: string, label = `二维码：${url}`): Promise<string> {
  const svg = (await QRCode.toString(url, { type: 'svg', margin: 0 })).trim();
  if (!svg.startsWith('<svg ')) throw new Error(`qrcode 没有生成 SVG（${url}）`);
  return `<svg class="qr" role="img" aria-label="${escapeAttr(label)}" ${svg.slice('<svg '.length)}`;
}
