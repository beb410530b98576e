import { KnowledgeBase } from '../../../ml/knowledge/knowledge-base';
import type { SkillServices } from '../../skill';

/** How often an open knowledge base looks for edited files under `knowledge/`. */
const RECHECK_MS = 60_000;

interface Held {
  base: KnowledgeBase;
  checkedAt: number;
}

/**
 * The process-wide knowledge base: opened (and indexed if files changed) on first use, then
 * re-checked at most once a minute, so edits to `knowledge/` are answered from without a restart
 * (and a failed update, e.g. the remote embeddings model down, is retried).
 */
export async function knowledgeBaseOf(services: SkillServices): Promise<KnowledgeBase> {
  const open = async (): Promise<Held> => {
    const base = await KnowledgeBase.open({
      knowledgeDir: services.knowledgeDir,
      modelsDir: services.modelsDir,
      clock: services.clock,
      ...(services.llm?.embedder ? { embedder: services.llm.embedder } : {}),
    });
    if (base.indexingError) {
      services.logger.warn(
        { err: base.indexingError },
        'knowledge index not updated; answering from the index as it was, retrying within a minute',
      );
    }
    return { base, checkedAt: services.clock().getTime() };
  };
  const held = await services.artifacts.get<Held>('knowledge-base', open);
  const now = services.clock().getTime();
  if (now - held.checkedAt < RECHECK_MS) return held.base;
  held.checkedAt = now;
  if (!(await held.base.hasChanges())) return held.base;
  services.artifacts.invalidate('knowledge-base');
  return (await services.artifacts.get<Held>('knowledge-base', open)).base;
}
