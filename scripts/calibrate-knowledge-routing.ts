/**
 * Calibrates the knowledge route of the question router (`KNOWLEDGE_ROUTING` in
 * src/dialogs/routing/question-understander.ts): which knowledge relevance (the best passage's
 * confidence) sends a question without cue words to the knowledge base, and how sure the intent
 * model must be of a CRM intent to keep it.
 *
 * Labelled questions, and nothing else: the single-turn questions of eval/conversations/dev.jsonl
 * and dev-round2.jsonl (the former test half) asked by staff (a question is a knowledge question when its expected skill is
 * `knowledge-answer`; a website visitor's questions all go to the knowledge base anyway), and the
 * answerable questions of tests/fixtures/knowledge/questions.json (written from the documents).
 * Every setting of a grid is run through the real router on the seeded evaluation CRM; the record
 * (written to eval/conversations/knowledge-routing-calibration.json) lists each setting's mistakes
 * and the chosen one: fewest mistakes, then the middle of the run of settings that tie.
 *
 *   npx tsx scripts/calibrate-knowledge-routing.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { readEvalCases } from '../src/cli/conversation-eval/eval-cases';
import { EVAL_NOW, openEvalWorld } from '../src/cli/conversation-eval/run-conversation-eval';
import { CrmUnderstander } from '../src/dialogs/routing/crm-understander';
import {
  KNOWLEDGE_ROUTING,
  QuestionUnderstander,
  type KnowledgeRoutingSettings,
} from '../src/dialogs/routing/question-understander';
import type { Understander, Understanding } from '../src/dialogs/routing/understanding';
import { loadIntentModel } from '../src/dialogs/understanding/intent-model';
import { CrmNameIndex } from '../src/skills/shared/crm-names';
import { knowledgeRelevanceOf } from '../src/skills/shared/knowledge/knowledge-relevance';

const ROOT = path.join(__dirname, '..');
const RELEVANCE_GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];
const CONFIDENCE_GRID = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01];

interface Labelled {
  text: string;
  knowledge: boolean;
  from: string;
}

function labelledQuestions(): Labelled[] {
  const questions: Labelled[] = [];
  // Development sets only: eval/conversations/test.jsonl is the held-out set, never tuned on.
  for (const half of ['dev', 'dev-round2']) {
    for (const item of readEvalCases(path.join(ROOT, 'eval', 'conversations', `${half}.jsonl`))) {
      const skill = item.expect.skill;
      if (item.role === 'visitor' || item.turns.length !== 1 || skill === undefined) continue;
      const skills = Array.isArray(skill) ? skill : [skill];
      questions.push({ text: item.turns[0]!, knowledge: skills.includes('knowledge-answer'), from: item.id });
    }
  }
  const fixture = JSON.parse(
    readFileSync(path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'questions.json'), 'utf8'),
  ) as { answerable: Array<{ question: string }> };
  fixture.answerable.forEach((q, i) =>
    questions.push({ text: q.question, knowledge: true, from: `knowledge-fixture-${i + 1}` }),
  );
  return questions;
}

/** Remembers each message's reading, so the grid runs the router, not the model, many times. */
function cached<T>(compute: (text: string) => Promise<T>): (text: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (text) => {
    let value = seen.get(text);
    if (!value) seen.set(text, (value = compute(text)));
    return value;
  };
}

async function main(): Promise<void> {
  const modelsDir = path.join(ROOT, 'models');
  const world = await openEvalWorld({ modelsDir, knowledgeDir: path.join(ROOT, 'knowledge') });
  try {
    const context = { now: EVAL_NOW, timezone: 'UTC' };
    const model = new CrmUnderstander(
      loadIntentModel(path.join(modelsDir, 'intent')),
      new CrmNameIndex(world.services.store),
    );
    const read = cached<Understanding>((text) => model.understand(text, context));
    const inner: Understander = { understand: (text) => read(text) };
    const relevanceOf = cached((text) => knowledgeRelevanceOf(world.services).relevance(text));
    const knowledge = { relevance: relevanceOf };
    const questions = labelledQuestions();
    const grid: Array<KnowledgeRoutingSettings & { mistakes: string[] }> = [];
    for (const cueWords of [true, false])
      for (const minRelevance of RELEVANCE_GRID) {
        for (const crmIntentConfidence of CONFIDENCE_GRID) {
          const settings = { minRelevance, crmIntentConfidence, cueWords };
          const router = new QuestionUnderstander(inner, knowledge, settings);
          const mistakes: string[] = [];
          for (const q of questions) {
            const routed = (await router.understand(q.text, context)).intent === 'knowledge_question';
            if (routed !== q.knowledge)
              mistakes.push(
                `${q.from} (${q.knowledge ? 'missed' : 'taken'}, relevance ${(await relevanceOf(q.text)).toFixed(2)}): ${q.text}`,
              );
          }
          grid.push({ ...settings, mistakes });
        }
      }
    const fewest = Math.min(...grid.map((g) => g.mistakes.length));
    const best = grid.filter((g) => g.mistakes.length === fewest);
    // The middle of the tied settings: the median relevance, then the median confidence at it.
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
    const relevance = median(best.map((g) => g.minRelevance));
    const atRelevance = best.filter((g) => g.minRelevance === relevance);
    const confidence = median(atRelevance.map((g) => g.crmIntentConfidence));
    const chosen = atRelevance.find((g) => g.crmIntentConfidence === confidence)!;
    const record = {
      command: 'npx tsx scripts/calibrate-knowledge-routing.ts',
      questions: {
        total: questions.length,
        knowledge: questions.filter((q) => q.knowledge).length,
        other: questions.filter((q) => !q.knowledge).length,
      },
      chosen,
      inUse: KNOWLEDGE_ROUTING,
      tied: best.map((g) => [g.minRelevance, g.crmIntentConfidence, g.cueWords]),
      grid: grid.map(({ mistakes, ...settings }) => ({ ...settings, mistakes: mistakes.length })),
      withoutCueWords: grid
        .filter((g) => !g.cueWords)
        .reduce((a, b) => (b.mistakes.length < a.mistakes.length ? b : a)),
    };
    // Written as the repository's formatter writes JSON, so the record passes the lint as written.
    writeFileSync(
      path.join(ROOT, 'eval', 'conversations', 'knowledge-routing-calibration.json'),
      await format(JSON.stringify(record), { parser: 'json' }),
    );
    process.stdout.write(`${JSON.stringify(record.chosen, null, 2)}\ntied: ${JSON.stringify(record.tied)}\n`);
  } finally {
    await world.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
