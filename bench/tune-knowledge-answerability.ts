/**
 * Fits a knowledge answerability model (inputs: `src/ml/knowledge/answers/answerability.ts`): a logistic
 * regression over the chosen passage's confidence, its coverage of the question and the share of the
 * question in words the knowledge base uses at all, trained on DEVELOPMENT data only: the
 * development half of tests/fixtures/knowledge/everyday-questions.json (label: answered with the
 * fact) and tests/fixtures/knowledge/questions.json (label: answered from a right document);
 * off-topic questions are 0. The operating point is the rule of the no-answer threshold: the
 * probability maximising Youden's J (answerable answered right + off-topic refused - 1) on both sets
 * together, the middle of the best run, here on 5-fold cross-validated probabilities (seeded folds),
 * which is also the estimate reported, beside the confidence at 0.48. Writes
 * bench/results/knowledge-answerability.json. Not used by the product (see docs/knowledge.md, K10).
 * Run: `npx tsx bench/tune-knowledge-answerability.ts`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KnowledgeBase } from '../src/ml/knowledge/knowledge-base';
import { answerabilityInputs, type AnswerabilityFeatures } from '../src/ml/knowledge/answers/answerability';
import { withTermsOfTheDocuments } from '../src/skills/shared/knowledge/answer-question';
import { readEverydayQuestions } from './knowledge-answers';

const ROOT = path.resolve(__dirname, '..');
const FOLDS = 5;
const L2 = 0.01;
const STEPS = 3000;
const RATE = 0.5;

interface Example {
  readonly question: string;
  readonly answerable: boolean;
  readonly label: 0 | 1;
  readonly features?: AnswerabilityFeatures;
}

/** Weights (one per input) and the bias of a logistic regression, fitted by gradient descent. */
function fit(examples: ReadonlyArray<{ x: number[]; y: number }>): { weights: number[]; bias: number } {
  const n = examples[0]!.x.length;
  const weights = new Array<number>(n).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(n).fill(0);
    let biasGradient = 0;
    for (const { x, y } of examples) {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((sum, value, i) => sum + value * weights[i]!, 0))));
      for (let i = 0; i < n; i++) gradient[i]! += (p - y) * x[i]!;
      biasGradient += p - y;
    }
    for (let i = 0; i < n; i++) weights[i]! -= RATE * (gradient[i]! / examples.length + L2 * weights[i]!);
    bias -= (RATE * biasGradient) / examples.length;
  }
  return { weights, bias };
}

function probability(model: { weights: number[]; bias: number }, x: number[]): number {
  return 1 / (1 + Math.exp(-(model.bias + x.reduce((sum, value, i) => sum + value * model.weights[i]!, 0))));
}

/** Share of answerable questions answered right and of off-topic ones refused, answering at `p >= threshold`. */
function rates(examples: readonly Example[], scores: readonly number[], threshold: number) {
  const answerable = examples.flatMap((e, i) => (e.answerable ? [i] : []));
  const offTopic = examples.flatMap((e, i) => (e.answerable ? [] : [i]));
  return {
    answeredRight:
      answerable.filter((i) => examples[i]!.label && scores[i]! >= threshold).length / answerable.length,
    offTopicRefused: offTopic.filter((i) => scores[i]! < threshold).length / offTopic.length,
  };
}

/** The middle of the run of thresholds with the best J (the no-answer threshold's rule). */
function operatingPoint(examples: readonly Example[], scores: readonly number[]): number {
  const candidates = [...new Set(scores)].sort((a, b) => a - b);
  const j = candidates.map((t) => {
    const r = rates(examples, scores, t);
    return r.answeredRight + r.offTopicRefused - 1;
  });
  const best = Math.max(...j);
  const first = j.findIndex((value) => value === best);
  let last = first;
  while (last + 1 < j.length && j[last + 1] === best) last++;
  // Thresholds between the lowest and the highest of the run answer alike; between it and the score below it too.
  const low = first > 0 ? candidates[first - 1]! : 0;
  return Math.round(((low + candidates[last]!) / 2) * 1000) / 1000;
}

async function main(): Promise<void> {
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'knowledge-answerability-'));
  try {
    const base = await KnowledgeBase.open({
      knowledgeDir: path.join(ROOT, 'knowledge'),
      modelsDir,
      threshold: 0,
    });
    const examples: Example[] = [];
    const features = (question: string) => base.ask(withTermsOfTheDocuments(question)).evidence;
    for (const entry of readEverydayQuestions().filter((e) => e.half === 'development')) {
      const result = base.ask(withTermsOfTheDocuments(entry.question));
      const right = Boolean(entry.fact) && new RegExp(entry.fact!, 'i').test(result.answer);
      examples.push({
        question: entry.question,
        answerable: Boolean(entry.fact),
        label: right ? 1 : 0,
        ...(result.evidence ? { features: result.evidence } : {}),
      });
    }
    const labelled = JSON.parse(
      readFileSync(path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'questions.json'), 'utf8'),
    ) as {
      answerable: Array<{ question: string; paths: string[] }>;
      unanswerable: string[];
    };
    for (const { question, paths } of labelled.answerable) {
      const result = base.ask(withTermsOfTheDocuments(question));
      const right = paths.includes(result.sources[0]?.path ?? '');
      examples.push({
        question,
        answerable: true,
        label: right ? 1 : 0,
        ...(result.evidence ? { features: result.evidence } : {}),
      });
    }
    for (const question of labelled.unanswerable) {
      const found = features(question);
      examples.push({ question, answerable: false, label: 0, ...(found ? { features: found } : {}) });
    }
    const inputs = examples.map((e) => (e.features ? answerabilityInputs(e.features) : undefined));
    const trainable = (indices: number[]) =>
      indices.flatMap((i) => (inputs[i] ? [{ x: inputs[i]!, y: examples[i]!.label }] : []));
    // Seeded folds: every fifth example of a fixed shuffle.
    let seed = 19;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const order = examples
      .map((_, i) => i)
      .map((i) => ({ i, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ i }) => i);
    const crossValidated = new Array<number>(examples.length).fill(0);
    for (let fold = 0; fold < FOLDS; fold++) {
      const test = order.filter((_, k) => k % FOLDS === fold);
      const model = fit(trainable(order.filter((_, k) => k % FOLDS !== fold)));
      for (const i of test) crossValidated[i] = inputs[i] ? probability(model, inputs[i]!) : 0;
    }
    const threshold = operatingPoint(examples, crossValidated);
    const model = fit(trainable(examples.map((_, i) => i)));
    const everyday = (e: Example, i: number) =>
      i < examples.length - labelled.answerable.length - labelled.unanswerable.length;
    const split = (scores: number[], t: number, keep: (e: Example, i: number) => boolean) => {
      const indices = examples.flatMap((e, i) => (keep(e, i) ? [i] : []));
      return rates(
        indices.map((i) => examples[i]!),
        indices.map((i) => scores[i]!),
        t,
      );
    };
    const confidences = examples.map((e) => e.features?.confidence ?? 0);
    const report = {
      trainedOn: 'everyday-questions.json development half + questions.json (development data only)',
      inputs: ['confidence', 'coverage', 'knownShare'],
      examples: examples.length,
      model: {
        weights: model.weights.map((w) => Math.round(w * 1000) / 1000),
        bias: Math.round(model.bias * 1000) / 1000,
      },
      threshold,
      crossValidated: {
        everydayDevelopment: split(crossValidated, threshold, everyday),
        questions: split(crossValidated, threshold, (e, i) => !everyday(e, i)),
      },
      confidenceAt048: {
        everydayDevelopment: split(confidences, 0.48, everyday),
        questions: split(confidences, 0.48, (e, i) => !everyday(e, i)),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(
      path.join(ROOT, 'bench', 'results', 'knowledge-answerability.json'),
      `${JSON.stringify(report, null, 2)}\n`,
    );
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

void main();
