import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createBotCore } from '../bots/bot-core';
import { CallbackAdapter } from '../bots/callback-adapter';
import { renderPlainText } from '../bots/render/plain-text';
import { userMessageOf } from '../core/errors';
import { loadLlmFallback } from '../dialogs/llm/load-llm-fallback';
import { replyOf } from '../dialogs/reply-activity';
import { createUnderstander } from '../dialogs/routing/create-understander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/** `crmpro chat`: talk to the bot core from a terminal (or a script piping lines in). */
export function registerChatCommands(program: Command, env: CliEnvironment): void {
  program
    .command('chat')
    .description('Chat with the bot in this terminal, through the same bot core as every channel')
    .option('--as <email>', 'act as this CRM user (default: LOCAL_USER, the demo rep)')
    .action(
      runCommand(env, async (options: { as?: string }) => {
        const config = env.config();
        const services = await env.services();
        const core = createBotCore({
          services,
          understander: createUnderstander({
            store: services.store,
            modelsDir: config.modelsDir,
            logger: env.logger,
          }),
          logger: env.logger,
          localUser: options.as ?? config.localUser,
          defaultTimezone: config.defaultTimezone,
          fallback: loadLlmFallback(config.llm, { logger: env.logger }),
        });
        const adapter = new CallbackAdapter('local');
        adapter.use(core.transcript);
        adapter.onTurnError = async (context, error) => {
          env.logger.debug({ err: error }, 'chat turn failed');
          await context.sendActivity(userMessageOf(error));
        };
        const caller = await core.callers.localCaller(options.as);
        const wanted = options.as ?? config.localUser;
        if (caller.role === 'visitor' && wanted !== 'none') {
          const who = wanted === 'demo' ? 'for LOCAL_USER=demo (the demo rep)' : wanted;
          env.err(
            `No active CRM user ${who} in ${config.mongodbUri ? 'MongoDB' : config.dataDir}: you are chatting as a website visitor. ` +
              'Load the demo CRM with `npm run seed` (or start the bot once with `npm start`), or pick a user with --as EMAIL.',
          );
        }
        const conversationId = `cli-${randomUUID()}`;
        const interactive = process.stdin.isTTY === true;
        if (interactive) {
          env.err(
            `CRMPro chat — you are ${caller.name ?? 'a visitor'} (${caller.role}). Type "exit" to leave.`,
          );
        }

        const ask = async (text: string) => {
          const sent = await adapter.processActivity(
            {
              type: 'message',
              channelId: 'cli',
              serviceUrl: 'local://cli',
              text,
              conversation: {
                id: conversationId,
                isGroup: false,
                conversationType: 'personal',
                name: 'terminal',
              },
              from: { id: `cli-${options.as ?? config.localUser}`, name: caller.name ?? 'you', role: 'user' },
              recipient: { id: 'crmpro', name: 'CRMPro', role: 'bot' },
            },
            (context) => core.bot.run(context),
          );
          for (const activity of sent.filter((a) => a.type === 'message')) {
            const reply = replyOf(activity);
            env.out(reply ? renderPlainText(reply) : (activity.text ?? ''));
            env.out('');
          }
        };

        const lines = createInterface({
          input: process.stdin,
          terminal: interactive,
          prompt: interactive ? 'you> ' : '',
        });
        if (interactive) lines.prompt();
        for await (const line of lines) {
          const text = line.trim();
          if (/^(exit|quit|bye)$/i.test(text)) break;
          if (text) await ask(text);
          if (interactive) lines.prompt();
        }
        lines.close();
        return 0;
      }),
    );
}
