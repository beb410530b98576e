import { z } from 'zod';
import { answerQuestion } from '../shared/knowledge/answer-question';
import type { KnowledgeAnswerResult } from '../shared/knowledge/knowledge-answer-result';
import { knowledgeBaseOf } from '../shared/knowledge/knowledge-base-holder';
import { onlyVisibleCases } from '../shared/case-views';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';
import { resolvedCaseIndexOf, searchResolvedCases } from './resolved-case-index';

/** A resolved case like the question, with how it was resolved. */
export interface SimilarCase {
  number: number;
  subject: string;
  resolution: string;
  accountName?: string;
  resolvedAt?: Date;
  /** Retrieval score in [0, 1], relative to this question's candidates. */
  score: number;
}

/** What agent assist suggests for a customer's question. */
export interface AgentAssist {
  question: string;
  /** A reply drafted from the knowledge base, with its citations (or its honest no-answer). */
  reply: KnowledgeAnswerResult;
  /** The most similar resolved cases, best first, one per distinct resolution. */
  similarCases: SimilarCase[];
}

const SIMILAR_CASES = 3;
/** Hits read before visibility and duplicate resolutions are dropped. */
const CANDIDATES = 40;

/**
 * Agent assist for support: given a customer's question, a suggested reply from the knowledge base
 * (the knowledge skill's retrieval and answer, with sources) and the most similar resolved cases
 * with their resolutions (the same hybrid retriever over case subjects, descriptions and resolutions).
 */
export const agentAssist = defineSkill({
  name: 'agent-assist',
  description:
    "Help a support specialist answer a customer: given the customer's question, a suggested reply drafted from the knowledge base with its sources, and the most similar resolved cases with how they were resolved.",
  roles: ['support', 'admin'],
  input: z.object({
    question: z
      .string()
      .trim()
      .min(1, "paste the customer's question")
      .max(4000, 'keep the question under 4000 characters'),
  }),
  run: async ({ question }, { caller, services }): Promise<AgentAssist> => {
    const [base, index, visibility] = await Promise.all([
      knowledgeBaseOf(services),
      resolvedCaseIndexOf(services),
      RecordVisibility.of(services, caller),
    ]);
    const reply = await answerQuestion(base, question, services.llm, services.logger);
    const hits = searchResolvedCases(index, question, CANDIDATES);
    const byId = new Map(
      (
        await onlyVisibleCases(
          visibility,
          await services.store.cases.find({ _id: { $in: hits.map((h) => index.cases[h.label]!._id) } }),
        )
      ).map((c) => [c._id, c]),
    );
    const accountIds = [...byId.values()].flatMap((c) => (c.accountId ? [c.accountId] : []));
    const accounts = await services.store.accounts.find(
      { _id: { $in: accountIds } },
      { projection: { name: 1 } },
    );
    const accountName = new Map(accounts.map((a) => [a._id, a.name]));
    const similarCases: SimilarCase[] = [];
    const seen = new Set<string>();
    for (const hit of hits) {
      const found = byId.get(index.cases[hit.label]!._id);
      if (!found?.resolution || seen.has(found.resolution)) continue;
      seen.add(found.resolution);
      similarCases.push({
        number: found.number,
        subject: found.subject,
        resolution: found.resolution,
        ...(found.accountId && accountName.has(found.accountId)
          ? { accountName: accountName.get(found.accountId)! }
          : {}),
        ...(found.resolvedAt ? { resolvedAt: found.resolvedAt } : {}),
        score: Math.round(hit.score * 100) / 100,
      });
      if (similarCases.length === SIMILAR_CASES) break;
    }
    return { question, reply, similarCases };
  },
});
