import type { KnowledgeDocument } from './knowledge-document';
import { readHtmlDocument } from './html-reader';
import { readMarkdownDocument, splitFrontMatter, titleFromPath } from './markdown-reader';

/** File extensions picked up from `knowledge/`. */
export const KNOWLEDGE_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.html', '.htm'];

/** Reads any supported knowledge file into sections, by extension. */
export function readKnowledgeDocument(path: string, source: string): KnowledgeDocument {
  const lower = path.toLowerCase();
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return readHtmlDocument(path, source);
  if (lower.endsWith('.txt')) return readTextDocument(path, source);
  return readMarkdownDocument(path, source);
}

/**
 * Plain text: one section per blank-line-separated block; the first line is the title when it is
 * short and followed by a blank line, else the file name is.
 */
function readTextDocument(path: string, source: string): KnowledgeDocument {
  const { body, meta } = splitFrontMatter(source);
  const lines = body.replace(/\r\n/g, '\n').trim().split('\n');
  let title = typeof meta.title === 'string' ? meta.title : titleFromPath(path);
  if (typeof meta.title !== 'string' && lines.length > 2 && lines[0]!.length <= 80 && !lines[1]!.trim()) {
    title = lines.shift()!.trim();
  }
  const text = lines.join('\n').trim();
  return {
    path,
    title,
    url: typeof meta.url === 'string' ? meta.url : undefined,
    sections: text ? [{ headingPath: [], text }] : [],
  };
}
