#!/usr/bin/env node
import { Command } from 'commander';
import { loadConfig, type Config } from './config/config';
import { createLogger } from './core/logger';
import { registerAllCommands } from './cli/register-all';
import type { CliEnvironment } from './cli/cli-environment';
import type { LlmServices } from './ml/llm/language-model';
import { loadLlmServices } from './ml/llm/load-llm';
import { buildSkillServices } from './skills/skill-services';
import type { SkillServices } from './skills/skill';
import { openStore } from './store/open-store';
import type { Store } from './store/store';

/** Composition root of the `crmpro` command line: reads config lazily and wires services. */
async function main(argv: string[]): Promise<void> {
  let config: Config | undefined;
  let store: Promise<Store> | undefined;
  let services: Promise<SkillServices> | undefined;
  let llm: { services: LlmServices | undefined } | undefined;
  const readConfig = () => (config ??= loadConfig());
  const logger = createLogger({
    level: process.env.LOG_LEVEL ?? 'warn',
    destination: process.stderr as never,
  });

  const env: CliEnvironment = {
    config: readConfig,
    openStore: () => (store ??= openStore(readConfig())),
    services: () =>
      (services ??= env.openStore().then((opened) =>
        buildSkillServices({
          store: opened,
          logger,
          modelsDir: readConfig().modelsDir,
          knowledgeDir: readConfig().knowledgeDir,
          llm: readConfig().llm,
          visibility: readConfig().crmVisibility,
        }),
      )),
    llm: () => (llm ??= { services: loadLlmServices(readConfig().llm) }).services,
    logger,
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };

  const program = new Command('crmpro')
    .description('CRMPro: chat-first CRM assistant. Data import, models, evaluation and a terminal chat.')
    .showHelpAfterError()
    .exitOverride((error) => {
      // Help and version exit 0; usage errors exit 2 like other Unix tools.
      process.exit(error.exitCode === 0 ? 0 : 2);
    });
  registerAllCommands(program, env);
  try {
    await program.parseAsync(argv);
  } finally {
    if (store) await (await store.catch(() => undefined))?.close();
  }
}

void main(process.argv);
