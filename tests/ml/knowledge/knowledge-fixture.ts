import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger';
import { KnowledgeBase } from '../../../src/ml/knowledge/knowledge-base';
import { answerQuestion, type AnswerTopic, type KnowledgeAnswerResult } from '../../../src/skills/knowledge';

/** The small fixture knowledge base (acme widgets): returns, shipping, warranty (HTML), contact (text), products, payments. */
export const FIXTURE_KB = join(__dirname, '..', '..', 'fixtures', 'knowledge', 'kb');

/** The demo knowledge base the product ships (`knowledge/` at the repository root). */
export const DEMO_KNOWLEDGE_DIR = join(__dirname, '..', '..', '..', 'knowledge');

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

/** The demo knowledge base opened for one `describe` block, and the checks its tests make of it. */
export interface DemoKnowledge {
  /** The open knowledge base (read it inside tests: it is opened in the block's `beforeAll`). */
  readonly base: KnowledgeBase;
  /**
   * The knowledge skill's answer (`answerQuestion`, as chat asks it), with no LLM and no log; a
   * follow-up passes the previous answer's topic.
   */
  ask(question: string, previousTopic?: AnswerTopic): Promise<KnowledgeAnswerResult>;
  /** The base answers `question` (retrieval alone) with a passage matching `fact`. */
  expectFact(question: string, fact: RegExp): void;
  /** The skill answers `question` with `fact` (a pattern, or text the answer contains). */
  expectSkillFact(question: string, fact: RegExp | string): Promise<void>;
  /** The base answers `question` from the document at `path` with a passage matching `fact`. */
  expectFrom(question: string, path: string, fact: RegExp): void;
  /** The base leaves `question` unanswered. */
  expectNoAnswer(question: string): void;
}

/**
 * Opens the demo knowledge base for the calling `describe` block: indexed into a temporary models
 * directory before its tests, the directory removed after them. Each check names the question in
 * its failure, so one wording failing among many is told apart.
 */
export function openDemoKnowledge(): DemoKnowledge {
  const modelsDir = mkdtempSync(join(tmpdir(), 'crmpro-demo-knowledge-'));
  const logger = silentLogger();
  let opened: KnowledgeBase | undefined;
  beforeAll(async () => {
    opened = await KnowledgeBase.open({ knowledgeDir: DEMO_KNOWLEDGE_DIR, modelsDir });
  });
  afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));
  const base = (): KnowledgeBase => {
    if (!opened) throw new Error('the demo knowledge base is opened in beforeAll: use it inside a test');
    return opened;
  };
  const ask = (question: string, previousTopic?: AnswerTopic) =>
    answerQuestion(base(), question, undefined, logger, previousTopic);
  return {
    get base() {
      return base();
    },
    ask,
    expectFact: (question, fact) => {
      const result = base().ask(question);
      expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
        question,
        noAnswer: false,
        answer: expect.stringMatching(fact),
      });
    },
    expectSkillFact: async (question, fact) => {
      const result = await ask(question);
      expect({ question, noAnswer: result.noAnswer, answer: result.answer }).toEqual({
        question,
        noAnswer: false,
        answer: typeof fact === 'string' ? expect.stringContaining(fact) : expect.stringMatching(fact),
      });
    },
    expectFrom: (question, path, fact) => {
      const result = base().ask(question);
      expect({ question, noAnswer: result.noAnswer, path: result.sources[0]?.path }).toEqual({
        question,
        noAnswer: false,
        path,
      });
      expect({ question, answer: result.answer }).toEqual({ question, answer: expect.stringMatching(fact) });
    },
    expectNoAnswer: (question) =>
      expect({ question, noAnswer: base().ask(question).noAnswer }).toEqual({ question, noAnswer: true }),
  };
}
