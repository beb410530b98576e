import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { caseByNumber } from '../shared/case-records';
import { answerQuestion } from '../shared/knowledge/answer-question';
import type { KnowledgeAnswerResult } from '../shared/knowledge/knowledge-answer-result';
import { knowledgeBaseOf } from '../shared/knowledge/knowledge-base-holder';
import { onlyVisibleCases } from '../shared/case-views';
import { RecordVisibility } from '../shared/record-visibility';
import type { Case } from '../../vocabulary';
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
  /** The case whose last customer message was the question, when asked by case number. */
  caseNumber?: number;
  /** A reply drafted from the knowledge base, with its citations (or its honest no-answer). */
  reply: KnowledgeAnswerResult;
  /** The most similar resolved cases, best first, one per distinct resolution. */
  similarCases: SimilarCase[];
}

const SIMILAR_CASES = 3;
/** Hits read before visibility and duplicate resolutions are dropped. */
const CANDIDATES = 40;

/**
 * Agent assist for support: given a customer's question (pasted, or a case's last customer message), a suggested reply from the knowledge base
 * (the knowledge skill's retrieval and answer, with sources) and the most similar resolved cases
 * with their resolutions (the same hybrid retriever over case subjects, descriptions and resolutions).
 */
export const agentAssist = defineSkill({
  name: 'agent-assist',
  description:
    "Help a support specialist answer a customer: given the customer's question (or a case number, for the case's last customer message), a suggested reply drafted from the knowledge base with its sources, and the most similar resolved cases with how they were resolved.",
  roles: ['support', 'admin'],
  input: z
    .object({
      question: z
        .string()
        .trim()
        .min(1, "paste the customer's question")
        .max(4000, 'keep the question under 4000 characters')
        .optional(),
      caseNumber: z.number().int().positive().optional(),
    })
    .refine((v) => v.question !== undefined || v.caseNumber !== undefined, {
      message: "paste the customer's question, or give the case number",
    }),
  run: async (input, { caller, services }): Promise<AgentAssist> => {
    const [base, index, visibility] = await Promise.all([
      knowledgeBaseOf(services),
      resolvedCaseIndexOf(services),
      RecordVisibility.of(services, caller),
    ]);
    let question = input.question ?? '';
    if (input.caseNumber !== undefined) {
      const [found] = await onlyVisibleCases(visibility, [
        await caseByNumber(services.store, input.caseNumber),
      ]);
      if (!found) throw new CrmError(ErrorCode.NotFound, `I couldn't find case ${input.caseNumber}.`);
      question = lastCustomerMessageOf(found);
    }
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
      if (!found?.resolution || seen.has(found.resolution) || found.number === input.caseNumber) continue;
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
    return {
      question,
      ...(input.caseNumber !== undefined ? { caseNumber: input.caseNumber } : {}),
      reply,
      similarCases,
    };
  },
});

/** The line a website hand-off's case keeps the visitor's words in (skills/handoff). */
const HANDOFF_LAST_MESSAGE = /^Last message: (.+)$/m;

/**
 * A case's last message from the customer: the visitor's last message a website hand-off's case
 * keeps in its description, else the description (the customer's problem as reported), else the
 * subject. Cases keep no later customer correspondence: staff notes are not the customer's words.
 */
function lastCustomerMessageOf(found: Case): string {
  const description = found.description?.trim();
  const text = HANDOFF_LAST_MESSAGE.exec(description ?? '')?.[1] ?? (description || found.subject);
  return text.trim().slice(0, 4000);
}
