import type { Command } from 'commander';
import { evaluateBeir, runBeir, writeTrecRun } from '../models/knowledge/evaluation/beir-run';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

/**
 * `crmpro knowledge search|eval|index|ask`: the stable interface of knowledge retrieval.
 * `search` and `eval` run the bot's own hybrid retrieval on any BEIR-format data set.
 */
export function registerKnowledgeCommands(program: Command, env: CliEnvironment): void {
  const knowledge = program
    .command('knowledge')
    .description('Knowledge answers: index knowledge/, ask it questions, and measure retrieval on BEIR-format data');

  knowledge
    .command('search')
    .description('Retrieve the top documents for every query of a BEIR data set and write a TREC run (qid Q0 docid rank score crmpro)')
    .requiredOption('--corpus <file>', 'BEIR corpus.jsonl (_id, title, text), plain or .gz')
    .requiredOption('--queries <file>', 'BEIR queries.jsonl (_id, text), plain or .gz')
    .requiredOption('--out <file>', 'TREC run file to write')
    .option('--top <n>', 'documents per query', positiveInteger('--top'), 100)
    .action(
      runCommand(env, async (options: { corpus: string; queries: string; out: string; top: number }) => {
        const result = await runBeir(options.corpus, options.queries, { top: options.top });
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
    .description('nDCG@10 and Recall@100 (as pytrec_eval computes them, self-hits ignored) of the bot retrieval on a BEIR data set')
    .requiredOption('--corpus <file>', 'BEIR corpus.jsonl (_id, title, text), plain or .gz')
    .requiredOption('--queries <file>', 'BEIR queries.jsonl (_id, text), plain or .gz')
    .requiredOption('--qrels <file>', 'qrels TSV: query-id corpus-id score (only these queries are run)')
    .option('--json', 'print the result as JSON')
    .action(
      runCommand(env, async (options: { corpus: string; queries: string; qrels: string; json?: boolean }) => {
        const { metrics, beirRun } = await evaluateBeir(options.corpus, options.queries, options.qrels);
        const summary = {
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
          env.out(`indexing    ${summary.indexSeconds} s; query latency p50 ${summary.queryLatencyMs.p50} ms, p99 ${summary.queryLatencyMs.p99} ms`);
        }
        return 0;
      }),
    );
}

function round(value: number, digits = 4): number {
  return Number(value.toFixed(digits));
}
