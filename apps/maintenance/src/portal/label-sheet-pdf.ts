import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { readFileSync } from 'node:fs';

/** One sticker: the QR code and the words that tell people what it is for and where it belongs. */
export interface SheetLabel {
  url: string;
  campusName: string;
  /** The asset's name, or the place's own name. */
  title: string;
  /** Building · floor · ward · room. */
  placeName: string;
  /** Asset number or location code, for whoever sticks the labels up. */
  reference: string;
}

const MM = 72 / 25.4;
/** A4 sheets of 3 × 7 stickers, 63.5 × 38.1 mm (the common L7160 / 21-up layout sold in China as A4 21格). */
export const LAYOUT = { columns: 3, rows: 7, width: 63.5 * MM, height: 38.1 * MM, left: 7.2 * MM, top: 15.1 * MM, gap: 2.5 * MM, qr: 31 * MM, pad: 2.5 * MM };
export const LABELS_PER_PAGE = LAYOUT.columns * LAYOUT.rows;

/** Noto Sans SC (SIL OFL), so Chinese place names print on any machine; pdfkit embeds only the glyphs used. */
let font: Buffer | undefined;
const cjkFont = () => (font ??= readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')));

/** Renders the stickers in order, 21 to a page; the QR codes use level M, readable with a corner scuffed. */
export async function renderLabelSheet(title: string, labels: readonly SheetLabel[]): Promise<{ pdf: Buffer; pages: number }> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { Title: title, Creator: 'houqin' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('cjk', cjkFont());
  const pages = Math.max(1, Math.ceil(labels.length / LABELS_PER_PAGE));
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    labels.slice(page * LABELS_PER_PAGE, (page + 1) * LABELS_PER_PAGE).forEach((label, index) => {
      const x = LAYOUT.left + (index % LAYOUT.columns) * (LAYOUT.width + LAYOUT.gap);
      const y = LAYOUT.top + Math.floor(index / LAYOUT.columns) * LAYOUT.height;
      drawLabel(doc, label, x, y);
    });
  }
  doc.end();
  await done;
  return { pdf: Buffer.concat(chunks), pages };
}

function drawLabel(doc: PDFKit.PDFDocument, label: SheetLabel, x: number, y: number): void {
  const { pad, qr: size, width, height } = LAYOUT;
  const matrix = QRCode.create(label.url, { errorCorrectionLevel: 'M' }).modules;
  // The quiet zone (blank border scanners need) is the label's own padding.
  const cell = size / matrix.size;
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (matrix.get(row, column)) doc.rect(x + pad + column * cell, y + (height - size) / 2 + row * cell, cell, cell);
    }
  }
  doc.fill('black');
  const textX = x + pad * 2 + size;
  const textWidth = width - size - pad * 3;
  doc
    .font('cjk')
    .fontSize(10)
    .text('扫码报修', textX, y + pad + 1, { width: textWidth, lineBreak: false });
  doc.fontSize(5.5).fillColor('#555').text('Scan to report a fault', textX, doc.y, { width: textWidth, lineBreak: false });
  doc.moveDown(0.4).fillColor('black').fontSize(7.5).text(label.title, textX, doc.y, { width: textWidth, height: 22, ellipsis: true });
  doc.fontSize(5.5).fillColor('#333').text(`${label.campusName} · ${label.placeName}`, textX, doc.y, { width: textWidth, height: 22, ellipsis: true });
  doc
    .fontSize(5)
    .fillColor('#777')
    .text(label.reference, textX, y + height - pad - 7, { width: textWidth, lineBreak: false, ellipsis: true });
  doc.fillColor('black');
}
