import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { KNOWLEDGE_EXTENSIONS } from './document-reader';

/** A knowledge file on disk and the hash of its content. */
export interface KnowledgeFile {
  /** Relative to the knowledge directory, with forward slashes. */
  readonly path: string;
  readonly sha256: string;
  readonly content: string;
}

/** Every markdown, text and HTML file under the directory (hidden files and folders skipped), sorted by path. */
export async function listKnowledgeFiles(directory: string): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await visit(full);
      else if (entry.isFile() && KNOWLEDGE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
        const content = await readFile(full, 'utf8');
        files.push({
          path: relative(directory, full).split(sep).join('/'),
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
        });
      }
    }
  };
  await visit(directory);
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
