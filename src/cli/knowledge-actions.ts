import { renderPlainText } from '../bots/render/plain-text';
import { knowledgeReply } from '../dialogs/replies/knowledge-replies';
import { evaluateBeir, runBeir, writeTrecRun } from '../ml/knowledge/evaluation/beir-run';
import { updateKnowledgeIndex } from '../ml/knowledge/ingestion/knowledge-indexer';
import { KnowledgeBase } from '../ml/knowledge/knowledge-base';
import { answerQuestion } from '../skills/knowledge';
import type { CliEnvironment } from './cli-environment';

/** `crmpro knowledge index`: re-chunks and re-embeds what changed under knowledge/. */
export async function indexKnowledgeCommand(
  env: CliEnvironment,
  options: { rebuild?: boolean },
): Promise<number> {
  const { knowledgeDir, modelsDir } = env.config();
  const embedder = env.llm()?.embedder;
  const report = await updateKnowledgeIndex(knowledgeDir, modelsDir, {
    rebuild: options.rebuild,
    ...(embedder ? { embedder } : {}),
  });
  const files = `${report.added.length} added, ${report.changed.length} changed, ${report.removed.length} removed, ${report.unchanged} unchanged`;
  env.out(
    report.chunksEmbedded || report.removed.length
      ? `indexed ${knowledgeDir}: ${files}; ${report.chunksEmbedded} of ${report.chunksTotal} chunks embedded` +
          `${report.retrained ? ' (embedding retrained)' : ''} in ${report.seconds.toFixed(2)} s; index ${report.version}`
      : `${knowledgeDir} is up to date (${report.unchanged} files, ${report.chunksTotal} chunks, index ${report.version})`,
  );
  env.out(`vectors: ${embedder ? embedder.id : 'local embedding (learned from knowledge/)'}`);
  return 0;
}

/** `crmpro knowledge ask QUESTION`: answers as the bot does. */
export async function askKnowledgeCommand(
  env: CliEnvironment,
  words: string[],
  options: { visitor?: boolean; json?: boolean },
): Promise<number> {
  const { knowledgeDir, modelsDir } = env.config();
  const llm = env.llm();
  const base = await KnowledgeBase.open({
    knowledgeDir,
    modelsDir,
    ...(llm?.embedder ? { embedder: llm.embedder } : {}),
  });
  const result = await answerQuestion(base, words.join(' '), llm, env.logger);
  if (options.json)
    env.out(JSON.stringify({ ...result, confidence: Number(result.confidence.toFixed(3)) }, null, 2));
  // As the terminal chat shows it: the answer, then its sources with their links.
  else env.out(renderPlainText(knowledgeReply(result, options.visitor ? 'visitor' : 'staff')));
  return 0;
}

/** `crmpro knowledge search`: a TREC run of the bot's retrieval over a BEIR data set. */
export async function searchKnowledgeCommand(
  env: CliEnvironment,
  options: { corpus: string; queries: string; out: string; top: number },
): Promise<number> {
  const embedder = env.llm()?.embedder;
  const result = await runBeir(options.corpus, options.queries, {
    top: options.top,
    ...(embedder ? { embedder } : {}),
  });
  await writeTrecRun(result.run, options.out);
  env.err(
    `${result.queries} queries over ${result.documents} documents: indexed in ${result.indexSeconds.toFixed(1)} s, ` +
      `query latency p50 ${result.latency.p50.toFixed(2)} ms, p99 ${result.latency.p99.toFixed(2)} ms; run written to ${options.out}`,
  );
  return 0;
}

/** `crmpro knowledge eval`: nDCG@10 and Recall@100 of the bot's retrieval on a BEIR data set. */
export async function evalKnowledgeCommand(
  env: CliEnvironment,
  options: { corpus: string; queries: string; qrels: string; json?: boolean },
): Promise<number> {
  const embedder = env.llm()?.embedder;
  const { metrics, beirRun } = await evaluateBeir(
    options.corpus,
    options.queries,
    options.qrels,
    undefined,
    embedder,
  );
  const summary = {
    vectors: embedder ? embedder.id : 'local',
    ndcgAt10: round(metrics.ndcgAt10),
    recallAt100: round(metrics.recallAt100),
    queries: metrics.queries,
    documents: beirRun.documents,
    indexSeconds: round(beirRun.indexSeconds, 2),
    queryLatencyMs: { p50: round(beirRun.latency.p50, 2), p99: round(beirRun.latency.p99, 2) },
  };
  if (options.json) {
    env.out(JSON.stringify(summary, null, 2));
  } else {
    env.out(`nDCG@10     ${summary.ndcgAt10.toFixed(4)}`);
    env.out(`Recall@100  ${summary.recallAt100.toFixed(4)}`);
    env.out(`queries     ${summary.queries} (documents ${summary.documents})`);
    env.out(`vectors     ${embedder ? embedder.id : 'local embedding'}`);
    env.out(
      `indexing    ${summary.indexSeconds} s; query latency p50 ${summary.queryLatencyMs.p50} ms, p99 ${summary.queryLatencyMs.p99} ms`,
    );
  }
  return 0;
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
