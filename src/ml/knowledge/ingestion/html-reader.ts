import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { DocumentSection, KnowledgeDocument } from './knowledge-document';
import { titleFromPath } from './markdown-reader';

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'pre',
  'blockquote',
  'dd',
  'dt',
  'section',
  'article',
  'br',
  'table',
  'ul',
  'ol',
  'main',
]);
const SKIPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'noscript',
  'template',
  'svg',
  'form',
]);

/**
 * Reads an HTML page: the title from `<title>` (else the first `<h1>`), the URL from
 * `<link rel="canonical">`, sections split at `<h1>`–`<h6>`; scripts, styles and navigation dropped.
 */
export function readHtmlDocument(path: string, source: string): KnowledgeDocument {
  const root = parse(source, { blockTextElements: { pre: true } });
  const pageTitle = root.querySelector('title')?.text.trim();
  const url = root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const sections: DocumentSection[] = [];
  const headings: string[] = [];
  let buffer: string[] = [];
  let firstH1: string | undefined;
  const flush = () => {
    const text = buffer
      .join('')
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    if (text) sections.push({ headingPath: [...headings].filter(Boolean), text });
    buffer = [];
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer.push(decode(node.rawText));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag) || tag === 'head') return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      const level = Number(heading[1]);
      const text = element.text.replace(/\s+/g, ' ').trim();
      if (level === 1 && firstH1 === undefined) firstH1 = text;
      headings.length = Math.min(headings.length, level - 1);
      while (headings.length < level - 1) headings.push('');
      headings.push(text);
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) buffer.push('\n');
    if (tag === 'li') buffer.push('- ');
    for (const child of element.childNodes) walk(child);
    if (block) buffer.push('\n');
  };
  walk(root.querySelector('body') ?? root);
  flush();
  const title = pageTitle || firstH1 || titleFromPath(path);
  return {
    path,
    title,
    url: url || undefined,
    sections: sections.map((section) => ({
      headingPath: section.headingPath[0] === title ? section.headingPath.slice(1) : section.headingPath,
      text: section.text,
    })),
  };
}

function decode(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}
