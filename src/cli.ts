#!/usr/bin/env node
import { Command } from 'commander';
import type { Config } from './config/config';
import type { Logger } from './core/logger';
import { registerAllCommands } from './cli/register-all';
import type { CliEnvironment } from './cli/cli-environment';
import type { LlmServices } from './ml/llm/language-model';
import type { SkillServices } from './skills/skill';
import type { Store } from './store/store';

/* eslint-disable @typescript-eslint/no-require-imports -- the logger, configuration, store, skills and LLM client load only for commands that use them */
const createLogger: typeof import('./core/logger').createLogger = (options) =>
  (require('./core/logger') as typeof import('./core/logger')).createLogger(options);
const loadConfig = () => (require('./config/config') as typeof import('./config/config')).loadConfig();
const openStore = (config: Config) =>
  (require('./store/open-store') as typeof import('./store/open-store')).openStore(config);
const buildSkillServices: typeof import('./skills/skill-services').buildSkillServices = (settings) =>
  (require('./skills/skill-services') as typeof import('./skills/skill-services')).buildSkillServices(
    settings,
  );
const loadLlmServices: typeof import('./ml/llm/load-llm').loadLlmServices = (settings) =>
  (require('./ml/llm/load-llm') as typeof import('./ml/llm/load-llm')).loadLlmServices(settings);
/* eslint-enable @typescript-eslint/no-require-imports */

/** Composition root of the `crmpro` command line: reads config lazily and wires services. */
async function main(argv: string[]): Promise<void> {
  let config: Config | undefined;
  let store: Promise<Store> | undefined;
  let services: Promise<SkillServices> | undefined;
  let llm: { services: LlmServices | undefined } | undefined;
  let logger: Logger | undefined;
  const readConfig = () => (config ??= loadConfig());

  const env: CliEnvironment = {
    config: readConfig,
    openStore: () => (store ??= openStore(readConfig())),
    services: () =>
      (services ??= env.openStore().then((opened) =>
        buildSkillServices({
          store: opened,
          logger: env.logger,
          modelsDir: readConfig().modelsDir,
          trainedModelsDir: readConfig().trainedModelsDir,
          knowledgeDir: readConfig().knowledgeDir,
          llm: readConfig().llm,
          visibility: readConfig().crmVisibility,
        }),
      )),
    llm: () => (llm ??= { services: loadLlmServices(readConfig().llm) }).services,
    // pino is a sixth of the start-up of a command that never logs (`scoring train`, `--help`).
    get logger() {
      return (logger ??= createLogger({
        level: process.env.LOG_LEVEL ?? 'warn',
        destination: process.stderr as never,
      }));
    },
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
  registerAllCommands(program, env, argv);
  try {
    await program.parseAsync(argv);
  } finally {
    if (store) await (await store.catch(() => undefined))?.close();
  }
}

void main(process.argv);
