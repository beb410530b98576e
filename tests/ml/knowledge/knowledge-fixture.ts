import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The small fixture knowledge base (acme widgets): returns, shipping, warranty (HTML), contact (text), products, payments. */
export const FIXTURE_KB = join(__dirname, '..', '..', 'fixtures', 'knowledge', 'kb');

/** A writable copy of the fixture knowledge base and an empty models directory, removed by `cleanup`. */
export function temporaryKnowledge(): { knowledgeDir: string; modelsDir: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'crmpro-knowledge-'));
  const knowledgeDir = join(root, 'knowledge');
  cpSync(FIXTURE_KB, knowledgeDir, { recursive: true });
  return {
    knowledgeDir,
    modelsDir: join(root, 'models'),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
