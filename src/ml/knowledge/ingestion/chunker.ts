import type { KnowledgeDocument } from './knowledge-document';

/** A retrievable piece of a knowledge document, with where it came from. */
export interface KnowledgeChunk {
  /** `path#n`, stable while the file is unchanged. */
  readonly id: string;
  readonly path: string;
  readonly documentTitle: string;
  readonly headingPath: readonly string[];
  readonly url?: string;
  readonly text: string;
}

/** Chunk sizes in words. */
export interface ChunkingOptions {
  /** Longest chunk; a longer section is split into overlapping windows. */
  readonly maxWords: number;
  /** Words repeated from the end of one window at the start of the next. */
  readonly overlapWords: number;
}

export const DEFAULT_CHUNKING: ChunkingOptions = Object.freeze({ maxWords: 160, overlapWords: 40 });

/**
 * Splits a document at its headings; a section longer than `maxWords` becomes windows of whole
 * paragraphs, list items or sentences that overlap by about `overlapWords`, so an answer that
 * straddles a window boundary is still found whole in one chunk.
 */
export function chunkDocument(
  document: KnowledgeDocument,
  options: ChunkingOptions = DEFAULT_CHUNKING,
): KnowledgeChunk[] {
  const chunks: KnowledgeChunk[] = [];
  for (const section of document.sections) {
    for (const text of windows(units(section.text, options.maxWords), options)) {
      chunks.push({
        id: `${document.path}#${chunks.length}`,
        path: document.path,
        documentTitle: document.title,
        headingPath: section.headingPath,
        ...(document.url ? { url: document.url } : {}),
        text,
      });
    }
  }
  return chunks;
}

/** The title a chunk is retrieved by: document title and heading path. */
export function chunkTitle(chunk: Pick<KnowledgeChunk, 'documentTitle' | 'headingPath'>): string {
  return [chunk.documentTitle, ...chunk.headingPath].join(' › ');
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Lines (paragraphs, list items), with lines longer than a window split into sentences. */
function units(text: string, maxWords: number): string[] {
  const result: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (wordCount(line) <= maxWords) result.push(line.trim());
    else result.push(...splitSentences(line));
  }
  return result;
}

/** Sentences of a paragraph (on ., ! or ? followed by a space and a capital, digit or quote). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function windows(parts: string[], options: ChunkingOptions): string[] {
  const total = parts.reduce((sum, part) => sum + wordCount(part), 0);
  if (total <= options.maxWords) return parts.length ? [parts.join('\n')] : [];
  const result: string[] = [];
  let start = 0;
  while (start < parts.length) {
    let end = start;
    let words = 0;
    while (end < parts.length && (end === start || words + wordCount(parts[end]!) <= options.maxWords)) {
      words += wordCount(parts[end]!);
      end++;
    }
    result.push(parts.slice(start, end).join('\n'));
    if (end >= parts.length) break;
    // Step back over whole units until about `overlapWords` are repeated, always moving forward.
    let next = end;
    let overlap = 0;
    while (next - 1 > start && overlap + wordCount(parts[next - 1]!) <= options.overlapWords) {
      overlap += wordCount(parts[next - 1]!);
      next--;
    }
    start = next;
  }
  return result;
}
