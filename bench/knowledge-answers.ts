/**
 * The no-answer threshold on the demo knowledge base: for the labelled questions in
 * tests/fixtures/knowledge/questions.json, how many answerable ones are answered (and from the
 * right document) and how many off-topic ones are wrongly answered, at several thresholds.
 * Run alone: `npx tsx bench/knowledge-answers.ts`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { percentiles } from '../src/ml/knowledge/evaluation/beir-run';
import { DEFAULT_NO_ANSWER_THRESHOLD, KnowledgeBase } from '../src/ml/knowledge/knowledge-base';

const ROOT =
  path.basename(path.resolve(__dirname, '..')) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');

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
    return {
      knowledgeBase: { chunks: base.size, indexSeconds },
      questions: { answerable: answerable.length, unanswerable: unanswerable.length },
      defaultThreshold: DEFAULT_NO_ANSWER_THRESHOLD,
      thresholds,
      answerLatencyMs: { p50: latency.p50, p99: latency.p99 },
    };
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runKnowledgeAnswersBench({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
