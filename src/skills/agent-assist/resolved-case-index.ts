import { HybridRetriever, type RetrievalHit } from '../../ml/knowledge/retrieval/hybrid-retriever';
import type { Store } from '../../store/store';
import type { Case } from '../../vocabulary';
import type { SkillServices } from '../skill';

/** The statuses whose cases carry a resolution worth suggesting. */
const DONE = ['resolved', 'closed'];
const CACHE_KEY = 'resolved-case-index';

/** The resolved cases, indexed by the knowledge base's hybrid retriever (BM25 + embedding). */
export interface ResolvedCaseIndex {
  /** What the cases looked like when indexed: their number and the latest change to any case. */
  fingerprint: string;
  cases: readonly Pick<Case, '_id' | 'number' | 'subject' | 'resolution' | 'accountId' | 'resolvedAt'>[];
  retriever?: HybridRetriever;
}

/** Cheap to read on every call: how many cases are done and when any case last changed. */
async function fingerprintOf(store: Store): Promise<string> {
  const [done, latest] = await Promise.all([
    store.cases.countDocuments({ status: { $in: DONE } }),
    store.cases.findOne({}, { sort: { updatedAt: -1 }, projection: { updatedAt: 1 } }),
  ]);
  return `${done}:${latest?.updatedAt?.getTime() ?? 0}`;
}

async function build(store: Store, fingerprint: string): Promise<ResolvedCaseIndex> {
  const cases = await store.cases.find(
    { status: { $in: DONE }, resolution: { $exists: true } },
    { projection: { number: 1, subject: 1, description: 1, resolution: 1, accountId: 1, resolvedAt: 1 } },
  );
  if (!cases.length) return { fingerprint, cases: [] };
  // Subject as the title (counted twice, as a document title is), description and resolution as text.
  const passages = cases.map((c, label) => ({
    label,
    title: c.subject,
    text: `${c.description ?? ''}\n${c.resolution ?? ''}`,
  }));
  return { fingerprint, cases, retriever: HybridRetriever.build(passages) };
}

/**
 * The index over resolved cases, built in memory on first use and kept in the artifact cache;
 * rebuilt when a case was resolved, closed or changed since (the fingerprint on every call costs a
 * count and one indexed read).
 */
export async function resolvedCaseIndexOf(services: SkillServices): Promise<ResolvedCaseIndex> {
  const fingerprint = await fingerprintOf(services.store);
  const held = await services.artifacts.get(CACHE_KEY, () => build(services.store, fingerprint));
  if (held.fingerprint === fingerprint) return held;
  services.artifacts.invalidate(CACHE_KEY);
  return services.artifacts.get(CACHE_KEY, () => build(services.store, fingerprint));
}

/** The best matching resolved cases for a question, best first (hits with no word in common dropped). */
export function searchResolvedCases(index: ResolvedCaseIndex, question: string, k: number): RetrievalHit[] {
  if (!index.retriever) return [];
  return index.retriever.search(question, k).filter((hit) => hit.lexical > 0);
}
