import { LABELS_PER_PAGE, renderLabelSheet, SheetLabel } from './label-sheet-pdf';

const label = (i: number): SheetLabel => ({
  url: `https://houqin.example.cn/portal/r/${'A'.repeat(22)}${String(i).padStart(22, 'B')}`,
  campusName: '东院区',
  title: `心内科病区 ${300 + i} 室`,
  placeName: '住院楼 · 3F · 心内科病区',
  reference: `E-IN-3-${300 + i}`,
});

const pageCount = (pdf: Buffer) => Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1]);

describe('repair label sheet', () => {
  it('puts 21 stickers on a page and starts a new page for the 22nd', async () => {
    const full = await renderLabelSheet(
      '住院楼 3F',
      Array.from({ length: LABELS_PER_PAGE }, (_, i) => label(i)),
    );
    expect(full.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect([full.pages, pageCount(full.pdf)]).toEqual([1, 1]);
    const more = await renderLabelSheet(
      '住院楼 3F',
      Array.from({ length: LABELS_PER_PAGE + 1 }, (_, i) => label(i)),
    );
    expect([more.pages, pageCount(more.pdf)]).toEqual([2, 2]);
  });

  it('embeds a Chinese font subset, so place names print without fonts on the printer', async () => {
    const { pdf } = await renderLabelSheet('住院楼 3F', [label(1)]);
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/NotoSansSC/);
    // A subset, not the 10 MB font.
    expect(pdf.length).toBeLessThan(200_000);
  });
});
