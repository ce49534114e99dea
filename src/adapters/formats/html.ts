/**
 * `.html`/`.htm` reports: a saved web page's article body, not its navigation. The page is parsed by linkedom (no
 * scripts run, nothing fetched) and the article found by Mozilla's Readability (Firefox's reader view); block
 * elements become line breaks and headings get lines of their own, so the core's line joins see paragraphs as they
 * see them in text files. Loaded on first use.
 */
import { decodeReport, ReportInputError } from '../../core/read/decode.ts';
import type { DecodedReport } from '../files.ts';

/** Elements that end a line; headings and tables also get a blank line around them. */
const BLOCK = new Set(
  'address article aside blockquote dd div dl dt fieldset figcaption figure form li main ol p pre section table tbody thead tfoot tr ul td th'.split(
    ' ',
  ),
);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never text: code, styles, embedded media, and (when there is no article) the page's chrome. */
const SKIP = new Set(
  'script style noscript template iframe svg canvas object button select nav header footer'.split(' '),
);

/** Chinese labels for GBK as pages write them; all are read as GB18030, its superset. */
const GB_LABELS = new Set(['gbk', 'gb2312', 'gb18030', 'x-gbk', 'cp936', 'gb_2312-80', 'euc-cn']);

/** The charset a page declares: <meta charset="gbk"> or <meta http-equiv="Content-Type" content="…; charset=gbk">. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null; // unknown label or bytes that do not fit it
  }
}

/** A byte-order mark or undeclared charset: the text-file rules (UTF-8, UTF-16, GB18030, strict and checked). A
 * declared charset other than UTF-8 is trusted when the bytes decode under it. */
function decodeHtml(bytes: Uint8Array, file: string): { html: string; encoding: string } {
  const declared = declaredCharset(bytes);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (declared && !bom && declared !== 'utf-8' && declared !== 'utf8') {
    const label = GB_LABELS.has(declared) ? 'gb18030' : declared;
    const html = strictDecode(label, bytes);
    if (html !== null) return { html, encoding: label };
  }
  const { text, encoding } = decodeReport(bytes, file);
  return { html: text, encoding };
}

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

/** Text of a DOM subtree: whitespace collapsed as a browser shows it, block elements on their own lines. */
function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === 'br') return void out.push('\n');
    const mark = HEADING.has(tag) ? '\n\n' : BLOCK.has(tag) ? '\n' : '';
    out.push(mark);
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    out.push(mark);
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export async function readHtml(bytes: Uint8Array, file: string): Promise<DecodedReport> {
  const { html, encoding } = decodeHtml(bytes, file);
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const page = parseHTML(html).document;
  const article = new Readability(parseHTML(html).document, { charThreshold: 100 }).parse();
  let text = article?.content ? blockText(parseHTML(`<html><body>${article.content}</body></html>`).document.body) : '';
  if (text === '') text = page.body ? blockText(page.body) : '';
  if (text === '')
    throw new ReportInputError(file, 'the web page has no article text; save the article as text (.txt) and retry');
  // Readability's title is the <title>, often with the site's name (…工作总结_安吉县人民政府); the page's own <h1>
  // is the clean one when the <title> contains it
  const h1 = (page.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const long = (article?.title ?? '').trim();
  const title = h1 && long.includes(h1) ? h1 : long;
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  return { text: `${text}\n`, encoding: `html/${encoding}` };
}
