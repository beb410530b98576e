import type { Command } from 'commander';
import { renderPlainText } from '../bots/render/plain-text';
import { knowledgeReply } from '../dialogs/replies/knowledge-replies';
import { evaluateBeir, runBeir, writeTrecRun } from '../ml/knowledge/evaluation/beir-run';
import { updateKnowledgeIndex } from '../ml/knowledge/ingestion/knowledge-indexer';
import { KnowledgeBase } from '../ml/knowledge/knowledge-base';
import { answerQuestion } from '../skills/knowledge';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

/**
 * `crmpro knowledge search|eval|index|ask`: the stable interface of knowledge retrieval.
 * `search` and `eval` run the bot's own hybrid retrieval on any BEIR-format data set.
 */
export function registerKnowledgeCommands(program: Command, env: CliEnvironment): void {
  const knowledge = program
    .command('knowledge')
    .description(
      'Knowledge answers: index knowledge/, ask it questions, and measure retrieval on BEIR-format data',
    );

  knowledge
    .command('index')
    .description(
      'Index knowledge/ (markdown, text, HTML) into models/knowledge/: only added or changed files are re-chunked and re-embedded',
    )
    .option('--rebuild', 'retrain the embedding and re-embed every document')
    .action(
      runCommand(env, async (options: { rebuild?: boolean }) => {
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
      }),
    );

  knowledge
    .command('ask')
    .description('Answer a question from knowledge/ the way the bot does (indexes changed files first)')
    .argument('<question...>', 'the question')
    .option('--visitor', 'answer as to a website visitor')
    .option('--json', 'print the skill result as JSON')
    .action(
      runCommand(env, async (words: string[], options: { visitor?: boolean; json?: boolean }) => {
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
      }),
    );

  knowledge
    .command('search')
    .description(
      'Retrieve the top documents for every query of a BEIR data set and write a TREC run (qid Q0 docid rank score crmpro)',
    )
    .requiredOption('--corpus <file>', 'BEIR corpus.jsonl (_id, title, text), plain or .gz')
    .requiredOption('--queries <file>', 'BEIR queries.jsonl (_id, text), plain or .gz')
    .requiredOption('--out <file>', 'TREC run file to write')
    .option('--top <n>', 'documents per query', positiveInteger('--top'), 100)
    .action(
      runCommand(env, async (options: { corpus: string; queries: string; out: string; top: number }) => {
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
      }),
    );

  knowledge
    .command('eval')
    .description(
      'nDCG@10 and Recall@100 (as pytrec_eval computes them, self-hits ignored) of the bot retrieval on a BEIR data set',
    )
    .requiredOption('--corpus <file>', 'BEIR corpus.jsonl (_id, title, text), plain or .gz')
    .requiredOption('--queries <file>', 'BEIR queries.jsonl (_id, text), plain or .gz')
    .requiredOption('--qrels <file>', 'qrels TSV: query-id corpus-id score (only these queries are run)')
    .option('--json', 'print the result as JSON')
    .action(
      runCommand(env, async (options: { corpus: string; queries: string; qrels: string; json?: boolean }) => {
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
      }),
    );
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
