import { readEvalCases } from './conversation-eval/eval-cases';
import {
  formatEvalReport,
  openEvalWorld,
  runConversationEval,
} from './conversation-eval/run-conversation-eval';
import type { CliEnvironment } from './cli-environment';

/** `crmpro eval conversations FILE`: seeds a demo CRM and asks the file's questions. */
export async function evalConversationsCommand(
  env: CliEnvironment,
  file: string,
  options: { json?: boolean },
): Promise<number> {
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
}
