import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportInputError } from '../../../src/adapters/files.ts';
import { readDocx } from '../../../src/adapters/formats/docx.ts';
import { readHtml } from '../../../src/adapters/formats/html.ts';
import { loadExtractEnv } from '../../../src/adapters/extract-env.ts';
import { extractDocument } from '../../../src/core/pipeline.ts';

const ARTICLE = `
<div class="article"><h1>天荒坪镇2022年工作总结</h1>
<p>2022年，天荒坪镇在县委、县政府的坚强领导下，深入践行“两山”理念，扎实推进“千万工程”和乡村振兴，全镇实现农村居民人均可支配收入5.8万元，同比增长7.2%。</p>
<p>大溪村完成污水零直排改造，受益农户320户。全年受理审批事项209件，按期办结率100%。港口村股份经济合作社年经营性收入达到120万元。</p>
<h2>做强生态旅游</h2><p>投资1.2亿元的大竹海景区提升工程顺利完工，新建游步道12公里。<br>举办第五届天荒坪竹文化节。</p></div>`;

function page(charsetMeta: string, article = ARTICLE): string {
  return `<!DOCTYPE html><html><head>${charsetMeta}<title>天荒坪镇2022年工作总结_安吉县人民政府</title>
<style>.nav{color:red}</style><script>document.write('脚本文字')</script></head><body>
<header><nav><a href="/">首页</a> | <a href="/news">新闻中心</a> | <a href="/zwgk">政务公开</a></nav></header>
<div class="sidebar"><ul><li><a href="/a">热点新闻：某某村召开会议</a></li><li><a href="/b">通知公告</a></li></ul></div>
${article}
<footer>版权所有 安吉县人民政府 浙ICP备12345号</footer></body></html>`;
}

describe('readHtml', () => {
  // the gazetteer index may be built on first use (minutes on a cold cache): not part of any test's time
  beforeAll(() => void loadExtractEnv());

  it.each([
    ['<meta charset="gbk">', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gbk'],
    ['<meta charset="utf-8">', 'utf-8'],
    ['', 'gbk'], // undeclared: the text-file rules recognise GB18030
  ])('reads the article, not the navigation, with %s', async (meta, bytesIn) => {
    const { text, encoding } = await readHtml(iconv.encode(page(meta), bytesIn), 'page.html');
    expect(encoding).toMatch(/^html\//);
    const lines = text.split('\n');
    expect(lines[0]).toBe('天荒坪镇2022年工作总结');
    expect(text).toContain('大溪村完成污水零直排改造，受益农户320户。全年受理审批事项209件');
    expect(lines).toContain('做强生态旅游'); // a heading on its own line
    expect(text).toContain('新建游步道12公里。\n举办第五届'); // <br> is a line break
    for (const chrome of ['首页', '新闻中心', '热点新闻', '版权所有', '脚本文字', 'color:red'])
      expect(text).not.toContain(chrome);
  });

  it('gives the article graph', async () => {
    const { text, encoding } = await readHtml(iconv.encode(page('<meta charset=gbk>'), 'gbk'), 'page.html');
    const graph = extractDocument({ docId: 'page', path: 'page.html', text, sha256: '', encoding }, loadExtractEnv());
    const names = graph.nodes.map((n) => n.attributes.name);
    expect(names).toEqual(expect.arrayContaining(['天荒坪镇', '大溪村', '港口村', '受理审批事项209件']));
    expect(names.some((n) => String(n).includes('某某村'))).toBe(false);
  });

  it('a page without text is a ReportInputError naming the file', async () => {
    const error = await readHtml(
      new TextEncoder().encode('<html><body><nav>首页</nav></body></html>'),
      'empty.html',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as Error).message).toMatch(/^empty\.html: .*no article text.*retry/);
  });

  it('binary bytes named .html get the text-file error', async () => {
    const error = await readHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), 'image.html').catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/^image\.html: this is a PNG image/);
  });
});

async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${ns}"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('readDocx', () => {
  it('reads paragraphs as lines', async () => {
    const { text, encoding } = await readDocx(
      await makeDocx(['天荒坪镇2022年工作总结', '全年受理审批事项209件，按期办结率100%。']),
      'report.docx',
    );
    expect(encoding).toBe('docx');
    expect(text.split('\n').filter(Boolean)).toEqual([
      '天荒坪镇2022年工作总结',
      '全年受理审批事项209件，按期办结率100%。',
    ]);
  });

  it('a damaged file is a ReportInputError naming the file', async () => {
    const error = await readDocx(new TextEncoder().encode('PK\u0003\u0004 not a zip'), 'broken.docx').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as Error).message).toMatch(/^broken\.docx: not a readable \.docx.*retry/);
  });
});
