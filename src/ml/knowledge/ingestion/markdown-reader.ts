import { parse as parseYaml } from 'yaml';
import type { DocumentSection, KnowledgeDocument } from './knowledge-document';

/**
 * Reads a markdown document: optional YAML front matter (`title`, `url`), sections split at ATX
 * headings (`#` … `######`, outside code fences), markdown syntax reduced to plain text.
 * The title is the front matter's, else the first level-1 heading, else the file name.
 */
export function readMarkdownDocument(path: string, source: string): KnowledgeDocument {
  const { body, meta } = splitFrontMatter(source);
  const sections: DocumentSection[] = [];
  const headings: string[] = [];
  let lines: string[] = [];
  let inFence = false;
  let firstHeading: string | undefined;
  let h1Count = 0;
  const flush = () => {
    const text = markdownToText(lines.join('\n'));
    if (text) sections.push({ headingPath: [...headings], text });
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) {
      lines.push(line);
      continue;
    }
    flush();
    const level = heading[1]!.length;
    const title = inlineToText(heading[2]!);
    if (level === 1) h1Count++;
    if (level === 1 && firstHeading === undefined) firstHeading = title;
    headings.length = Math.min(headings.length, level - 1);
    while (headings.length < level - 1) headings.push('');
    headings.push(title);
  }
  flush();
  const title = stringField(meta.title) ?? firstHeading ?? titleFromPath(path);
  // A lone level-1 heading is the document's title, already shown as such: keep it out of section paths.
  const loneH1 = h1Count === 1 ? firstHeading : undefined;
  const cleaned = sections.map((section) => ({
    headingPath: dropDocumentTitle(section.headingPath.filter(Boolean), title, loneH1),
    text: section.text,
  }));
  return { path, title, url: stringField(meta.url), sections: cleaned };
}

/** The front matter block (between `---` lines at the very top) parsed as YAML, and the rest. */
export function splitFrontMatter(source: string): { body: string; meta: Record<string, unknown> } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
  if (!match) return { body: source, meta: {} };
  try {
    const meta = parseYaml(match[1]!) as unknown;
    return {
      body: source.slice(match[0].length),
      meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {},
    };
  } catch {
    return { body: source.slice(match[0].length), meta: {} };
  }
}

/** A document title from its file name: "refund-policy.md" → "Refund policy". */
export function titleFromPath(path: string): string {
  const name = path
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return name ? name[0]!.toUpperCase() + name.slice(1) : path;
}

function dropDocumentTitle(path: string[], title: string, loneH1: string | undefined): string[] {
  return path[0] !== undefined && (path[0] === title || path[0] === loneH1) ? path.slice(1) : path;
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Markdown block text → plain text: keeps paragraphs and list items on their own lines. */
function markdownToText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .filter(
      (line) =>
        !/^\s*(```|~~~)/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line) && !/^\s*([-*_]\s*){3,}$/.test(line),
    )
    .map((line) =>
      inlineToText(
        line
          .replace(/^\s*>\s?/, '')
          .replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '- ')
          .replace(/^\s*\|(.*)\|\s*$/, (_, cells: string) =>
            cells
              .split('|')
              .map((c) => c.trim())
              .join(' | '),
          ),
      ).trimEnd(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Inline markdown → text: links keep their text, images and HTML tags go, emphasis marks go. */
function inlineToText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_]([^*_\s][^*_]*?)[*_](?=\W|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}
