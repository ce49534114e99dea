/**
 * Small PDFs for the reader's tests, written with pdf-lib. CJK text needs a real CJK font embedded (its ToUnicode map
 * is what pdfjs reads back): Debian's fonts-noto-cjk (Noto Sans CJK SC, inside a TrueType collection).
 */
import { existsSync, readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFFont, type PDFPage } from 'pdf-lib';

/** Debian package fonts-noto-cjk. */
export const CJK_FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CJK_FONT_NAME = 'NotoSansCJKsc-Regular';

export const hasCjkFont = (): boolean => existsSync(CJK_FONT_FILE);

export interface Draw {
  text: string;
  x: number;
  /** Baseline, in PDF user space (from the bottom). */
  y: number;
  size: number;
}

/** A PDF with one page per list of draws, in the order given (the order on the page is the test's business). */
export async function makeCjkPdf(pages: Draw[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // the collection holds SC, TC, JP, KR: fontkit picks one by PostScript name
  doc.registerFontkit({ create: (data: Uint8Array) => fontkit.create(data, CJK_FONT_NAME) } as typeof fontkit);
  const font: PDFFont = await doc.embedFont(readFileSync(CJK_FONT_FILE), { subset: true });
  for (const draws of pages) {
    const page: PDFPage = doc.addPage([595, 842]);
    for (const d of draws) page.drawText(d.text, { x: d.x, y: d.y, size: d.size, font });
  }
  return doc.save();
}

/**
 * A page whose Chinese text uses a font that is NOT embedded: Adobe's STSong-Light with the predefined UniGB-UCS2-H
 * encoding, as Chinese newspapers' PDFs often do. pdfjs can map its codes to text only with the CMaps shipped in
 * pdfjs-dist (cMapUrl); no font file is needed, so this works on any machine.
 */
export async function makeStandardCjkPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const ctx = doc.context;
  const descendant = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('GB1'), Supplement: 4 },
    FontDescriptor: ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: 'STSong-Light',
        Flags: 6,
        FontBBox: [-25, -254, 1000, 880],
        ItalicAngle: 0,
        Ascent: 880,
        Descent: -120,
        CapHeight: 880,
        StemV: 93,
      }),
    ),
    DW: 1000,
  });
  const font = ctx.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'STSong-Light',
    Encoding: 'UniGB-UCS2-H',
    DescendantFonts: [ctx.register(descendant)],
  });
  page.node.setFontDictionary(PDFName.of('F1'), ctx.register(font));
  const hex = [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = ctx.flateStream(`BT /F1 12 Tf 50 780 Td <${hex}> Tj ET`);
  page.node.addContentStream(ctx.register(content));
  return doc.save();
}

/**
 * A PDF that needs a password to open: a standard security handler (RC4, revision 2) whose user-password check fails
 * for the empty password, which is all a reader tries. Nothing inside needs to be really encrypted for that.
 */
export async function makeLockedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const ctx = doc.context;
  const filled = (byte: number) => PDFHexString.of(byte.toString(16).padStart(2, '0').repeat(32));
  ctx.trailerInfo.Encrypt = ctx.register(
    ctx.obj({ Filter: 'Standard', V: 1, R: 2, Length: 40, P: -4, O: filled(0x11), U: filled(0x22) }),
  );
  ctx.trailerInfo.ID = ctx.obj([filled(0x33), filled(0x33)]);
  return doc.save({ useObjectStreams: false });
}
