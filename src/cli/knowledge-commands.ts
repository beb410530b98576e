import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { positiveInteger, runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- retrieval, the dialogs' reply wording and the skills load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./knowledge-actions') as typeof import('./knowledge-actions');

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
      runCommand(env, (options: { rebuild?: boolean }) => actions().indexKnowledgeCommand(env, options)),
    );

  knowledge
    .command('ask')
    .description('Answer a question from knowledge/ the way the bot does (indexes changed files first)')
    .argument('<question...>', 'the question')
    .option('--visitor', 'answer as to a website visitor')
    .option('--json', 'print the skill result as JSON')
    .action(
      runCommand(env, (words: string[], options: { visitor?: boolean; json?: boolean }) =>
        actions().askKnowledgeCommand(env, words, options),
      ),
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
      runCommand(env, (options: { corpus: string; queries: string; out: string; top: number }) =>
        actions().searchKnowledgeCommand(env, options),
      ),
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
      runCommand(env, (options: { corpus: string; queries: string; qrels: string; json?: boolean }) =>
        actions().evalKnowledgeCommand(env, options),
      ),
    );
}
