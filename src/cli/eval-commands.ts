import type { Command } from 'commander';
import { readEvalCases } from './conversation-eval/eval-cases';
import {
  formatEvalReport,
  openEvalWorld,
  runConversationEval,
} from './conversation-eval/run-conversation-eval';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/** `crmpro eval conversations FILE`: how often the bot answers real questions right, by role and kind. */
export function registerEvalCommands(program: Command, env: CliEnvironment): void {
  const evaluation = program.command('eval').description('Evaluate the bot end to end');
  evaluation
    .command('conversations <file>')
    .description(
      'Run each question of a JSON-lines file through the bot on a freshly seeded demo CRM (no LLM) and report the share answered right by role and by kind',
    )
    .option('--json', 'print the report as JSON (every question with its result)')
    .action(
      runCommand(env, async (file: string, options: { json?: boolean }) => {
        const { modelsDir, knowledgeDir } = env.config();
        const cases = readEvalCases(file);
        env.err(`seeding the demo CRM and asking ${cases.length} questions...`);
        const world = await openEvalWorld({ modelsDir, knowledgeDir });
        try {
          const report = await runConversationEval(cases, world, { modelsDir });
          if (options.json) env.out(JSON.stringify(report, null, 2));
          else for (const line of formatEvalReport(report)) env.out(line);
          return 0;
        } finally {
          await world.close();
        }
      }),
    );
}
