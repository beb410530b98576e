/**
 * The no-answer threshold on the demo knowledge base: for the labelled questions in
 * tests/fixtures/knowledge/questions.json, how many answerable ones are answered (and from the
 * right document) and how many off-topic ones are wrongly answered, at several thresholds. Also
 * the everyday-words set (tests/fixtures/knowledge/everyday-questions.json), asked as the knowledge
 * skill asks (`withTermsOfTheDocuments`) at the default threshold: answered right (the fact is in
 * the answer), right document first, false no-answers and off-topic refused, by half.
 * Run alone: `npx tsx bench/knowledge-answers.ts` (`--misses development` lists that half's misses).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentiles } from '../src/ml/knowledge/evaluation/beir-run';
import { DEFAULT_NO_ANSWER_THRESHOLD, KnowledgeBase } from '../src/ml/knowledge/knowledge-base';
import { withTermsOfTheDocuments } from '../src/skills/shared/knowledge/answer-question';

const ROOT =
  path.basename(path.resolve(__dirname, '..')) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');

/** One question of the everyday-words set. */
interface EverydayQuestion {
  readonly id: string;
  readonly question: string;
  /** Regular expression (case-insensitive) a right answer matches; none for an unanswerable question. */
  readonly fact?: string;
  readonly paths?: readonly string[];
  readonly half: 'development' | 'held-out';
}

/** What happened to one everyday question. */
export interface EverydayOutcome {
  readonly id: string;
  readonly question: string;
  readonly half: EverydayQuestion['half'];
  readonly answerable: boolean;
  readonly answered: boolean;
  /** Answered, and the answer holds the fact. */
  readonly right: boolean;
  readonly rightDocument: boolean;
  readonly confidence: number;
  readonly answer: string;
  readonly source: string;
}

/** Reads the everyday-words question set. */
export function readEverydayQuestions(): EverydayQuestion[] {
  const file = JSON.parse(
    readFileSync(path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'everyday-questions.json'), 'utf8'),
  ) as { answerable: EverydayQuestion[]; unanswerable: EverydayQuestion[] };
  return [...file.answerable, ...file.unanswerable];
}

/** Asks every everyday question as the knowledge skill does (threshold: the base's own). */
export function askEverydayQuestions(
  base: KnowledgeBase,
  questions = readEverydayQuestions(),
): EverydayOutcome[] {
  return questions.map((entry) => {
    const result = base.ask(withTermsOfTheDocuments(entry.question));
    const answered = !result.noAnswer && result.confidence >= DEFAULT_NO_ANSWER_THRESHOLD;
    const source = result.sources[0]?.path ?? '';
    return {
      id: entry.id,
      question: entry.question,
      half: entry.half,
      answerable: Boolean(entry.fact),
      answered,
      right: answered && Boolean(entry.fact) && new RegExp(entry.fact!, 'i').test(result.answer),
      rightDocument: answered && (entry.paths ?? []).includes(source),
      confidence: result.confidence,
      answer: result.answer,
      source,
    };
  });
}

/** The shares of one half: answered right, right document first, false no-answers, wrong answers, off-topic refused. */
export function everydayShares(outcomes: readonly EverydayOutcome[]) {
  const answerable = outcomes.filter((o) => o.answerable);
  const others = outcomes.filter((o) => !o.answerable);
  const share = (n: number, of: number) => (of ? Math.round((10000 * n) / of) / 10000 : 0);
  return {
    answerable: answerable.length,
    unanswerable: others.length,
    answeredRight: share(answerable.filter((o) => o.right).length, answerable.length),
    rightDocumentFirst: share(answerable.filter((o) => o.rightDocument).length, answerable.length),
    falseNoAnswers: share(answerable.filter((o) => !o.answered).length, answerable.length),
    answeredWithoutTheFact: share(answerable.filter((o) => o.answered && !o.right).length, answerable.length),
    offTopicRefused: share(others.filter((o) => !o.answered).length, others.length),
  };
}

/** Answer rates against the threshold, and answer latency, on `knowledge/`. */
export async function runKnowledgeAnswersBench(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const labelled = JSON.parse(
    readFileSync(path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'questions.json'), 'utf8'),
  ) as {
    answerable: Array<{ question: string; paths: string[] }>;
    unanswerable: string[];
  };
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'knowledge-answers-'));
  try {
    const started = performance.now();
    const base = await KnowledgeBase.open({
      knowledgeDir: path.join(ROOT, 'knowledge'),
      modelsDir,
      threshold: 0,
    });
    const indexSeconds = (performance.now() - started) / 1000;
    const latencies: number[] = [];
    const ask = (question: string) => {
      const start = performance.now();
      const result = base.ask(question);
      latencies.push(performance.now() - start);
      return result;
    };
    const answerable = labelled.answerable.map(({ question, paths }) => {
      const result = ask(question);
      return { confidence: result.confidence, rightDocument: paths.includes(result.sources[0]?.path ?? '') };
    });
    const unanswerable = labelled.unanswerable.map((question) => ask(question).confidence);
    const grid = [...new Set([0.3, 0.35, 0.4, 0.45, DEFAULT_NO_ANSWER_THRESHOLD, 0.5, 0.55, 0.6])].sort(
      (x, y) => x - y,
    );
    const thresholds = grid.map((threshold) => {
      const answered = answerable.filter((a) => a.confidence >= threshold);
      return {
        threshold,
        answeredShare: answered.length / answerable.length,
        answeredFromRightDocumentShare: answered.filter((a) => a.rightDocument).length / answerable.length,
        falseAnswerShare: unanswerable.filter((c) => c >= threshold).length / unanswerable.length,
      };
    });
    for (const row of thresholds) {
      log(
        `threshold ${row.threshold}: answered ${(100 * row.answeredShare).toFixed(0)}% (right document ${(100 * row.answeredFromRightDocumentShare).toFixed(0)}%), off-topic answered ${(100 * row.falseAnswerShare).toFixed(0)}%`,
      );
    }
    const latency = percentiles(latencies);
    // The everyday set at the default threshold, as the bot asks (the base above answers everything).
    const everyday = askEverydayQuestions(base);
    const byHalf = {
      development: everydayShares(everyday.filter((o) => o.half === 'development')),
      heldOut: everydayShares(everyday.filter((o) => o.half === 'held-out')),
    };
    log(`everyday words, development: ${JSON.stringify(byHalf.development)}`);
    log(`everyday words, held-out: ${JSON.stringify(byHalf.heldOut)}`);
    return {
      knowledgeBase: { chunks: base.size, indexSeconds },
      questions: { answerable: answerable.length, unanswerable: unanswerable.length },
      defaultThreshold: DEFAULT_NO_ANSWER_THRESHOLD,
      thresholds,
      everydayQuestions: {
        file: 'tests/fixtures/knowledge/everyday-questions.json',
        askedAs: 'the knowledge skill (withTermsOfTheDocuments), default threshold',
        ...byHalf,
      },
      answerLatencyMs: { p50: latency.p50, p99: latency.p99 },
    };
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

/** `--misses <half>`: every question of that half the bot gets wrong, with what it answered. */
async function printMisses(half: string): Promise<void> {
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'knowledge-answers-'));
  try {
    const base = await KnowledgeBase.open({
      knowledgeDir: path.join(ROOT, 'knowledge'),
      modelsDir,
      threshold: 0,
    });
    const outcomes = askEverydayQuestions(base).filter((o) => o.half === half);
    for (const o of outcomes) {
      const wrong = o.answerable ? !o.right || !o.rightDocument : o.answered;
      if (!wrong) continue;
      const what = o.answerable
        ? o.answered
          ? o.right
            ? 'wrong document'
            : 'no fact'
          : 'no answer'
        : 'answered off-topic';
      process.stdout.write(
        `${what} ${o.confidence.toFixed(3)} [${o.id}] ${o.question}\n    ${o.source}: ${o.answer.replace(/\s+/g, ' ').slice(0, 220)}\n`,
      );
    }
    process.stdout.write(`${JSON.stringify(everydayShares(outcomes))}\n`);
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] === '--misses') {
  printMisses(process.argv[3] ?? 'development').catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  });
} else if (require.main === module) {
  runKnowledgeAnswersBench({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
