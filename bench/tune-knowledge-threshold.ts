/**
 * Calibrates the knowledge base's no-answer threshold (`DEFAULT_NO_ANSWER_THRESHOLD`) on the
 * labelled questions of tests/fixtures/knowledge/questions.json against `knowledge/`, asked as the
 * knowledge skill asks them (`withTermsOfTheDocuments`).
 *
 * The rule: the threshold maximises Youden's J, the share of answerable questions answered plus
 * the share of off-topic or uncovered questions refused, minus one. Every threshold between two
 * neighbouring confidences gives the same J, so among the run of thresholds that reach the best J,
 * the middle is taken (the widest margin on both sides), rounded to two decimals. There is no
 * held-out set: the same questions are the calibration's only measure.
 *
 * Run: `npx tsx bench/tune-knowledge-threshold.ts`. Writes bench/results/knowledge-threshold.json.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_NO_ANSWER_THRESHOLD, KnowledgeBase } from '../src/ml/knowledge/knowledge-base';
import { withTermsOfTheDocuments } from '../src/skills/shared/knowledge/answer-question';
import { writeBenchRecord } from './bench-record';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');

/** One labelled question's outcome at threshold 0. */
interface Asked {
  readonly question: string;
  readonly confidence: number;
  /** For an answerable question: whether the first source is one of its labelled documents. */
  readonly rightDocument?: boolean;
}

/** Answer and refusal shares at one threshold. */
function ratesAt(threshold: number, answerable: readonly Asked[], unanswerable: readonly Asked[]) {
  const answered = answerable.filter((a) => a.confidence >= threshold);
  return {
    threshold,
    answerableAnswered: answered.length / answerable.length,
    answeredFromRightDocument: answered.filter((a) => a.rightDocument).length / answerable.length,
    offTopicRefused: unanswerable.filter((u) => u.confidence < threshold).length / unanswerable.length,
  };
}

/** The threshold the rule picks (see the file comment), and the interval it came from. */
export function youdenThreshold(
  answerable: readonly Asked[],
  unanswerable: readonly Asked[],
): { threshold: number; interval: [number, number]; j: number } {
  const cuts = [
    ...new Set([0, 1.0001, ...answerable.map((a) => a.confidence), ...unanswerable.map((u) => u.confidence)]),
  ].sort((a, b) => a - b);
  // A threshold t answers confidences >= t, so J is constant on (previous cut, cut]: judge each cut.
  const judged = cuts.map((cut) => {
    const rates = ratesAt(cut, answerable, unanswerable);
    return { cut, j: rates.answerableAnswered + rates.offTopicRefused - 1 };
  });
  const best = Math.max(...judged.map((entry) => entry.j));
  const firstBest = judged.findIndex((entry) => Math.abs(entry.j - best) < 1e-12);
  let lastBest = firstBest;
  while (lastBest + 1 < judged.length && Math.abs(judged[lastBest + 1]!.j - best) < 1e-12) lastBest++;
  const low = firstBest > 0 ? judged[firstBest - 1]!.cut : 0;
  const high = judged[lastBest]!.cut;
  return { threshold: Math.round(((low + high) / 2) * 100) / 100, interval: [low, high], j: best };
}

async function main(): Promise<void> {
  const started = performance.now();
  const labelled = JSON.parse(
    readFileSync(path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'questions.json'), 'utf8'),
  ) as {
    answerable: Array<{ question: string; paths: string[] }>;
    unanswerable: string[];
  };
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'knowledge-threshold-'));
  try {
    const base = await KnowledgeBase.open({
      knowledgeDir: path.join(ROOT, 'knowledge'),
      modelsDir,
      threshold: 0,
    });
    const ask = (question: string) => base.ask(withTermsOfTheDocuments(question));
    const answerable: Asked[] = labelled.answerable.map(({ question, paths }) => {
      const result = ask(question);
      return {
        question,
        confidence: result.confidence,
        rightDocument: paths.includes(result.sources[0]?.path ?? ''),
      };
    });
    const unanswerable: Asked[] = labelled.unanswerable.map((question) => ({
      question,
      confidence: ask(question).confidence,
    }));
    const chosen = youdenThreshold(answerable, unanswerable);
    const result = {
      rule: "maximise Youden's J (answerable answered + off-topic refused - 1); the middle of the run of thresholds reaching it, to 2 decimals",
      questions: { answerable: answerable.length, unanswerable: unanswerable.length },
      chosen,
      inCode: DEFAULT_NO_ANSWER_THRESHOLD,
      atChosen: ratesAt(chosen.threshold, answerable, unanswerable),
      atInCode: ratesAt(DEFAULT_NO_ANSWER_THRESHOLD, answerable, unanswerable),
      grid: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((threshold) =>
        ratesAt(threshold, answerable, unanswerable),
      ),
      closest: {
        lowestAnswerable: [...answerable].sort((a, b) => a.confidence - b.confidence).slice(0, 5),
        highestUnanswerable: [...unanswerable].sort((a, b) => b.confidence - a.confidence).slice(0, 5),
        wrongDocument: answerable.filter((a) => !a.rightDocument).map((a) => a.question),
      },
    };
    const file = await writeBenchRecord(
      'knowledge-threshold.json',
      'knowledge-threshold',
      result,
      (performance.now() - started) / 1000,
    );
    process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${file}\n`);
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  });
}
