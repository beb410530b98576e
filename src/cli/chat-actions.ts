import { buildBot } from '../bots/core/build-bot';
import { runTerminalChat } from '../bots/terminal/terminal-chat';
import type { CliEnvironment } from './cli-environment';
import { likelyEmails } from './email-hint';

/** `crmpro chat`: builds the bot core over the store and talks to it on stdin/stdout. */
export async function chatCommand(env: CliEnvironment, options: { as?: string }): Promise<number> {
  const config = env.config();
  const services = await env.services();
  const core = buildBot({
    services,
    logger: env.logger,
    localUser: options.as ?? config.localUser,
    defaultTimezone: config.defaultTimezone,
    modelsDir: config.modelsDir,
    llm: config.llm,
    turnTimeoutMs: config.turnTimeoutMs,
  });
  const caller = await core.callers.localCaller(options.as);
  const wanted = options.as ?? config.localUser;
  if (caller.role === 'visitor' && wanted !== 'none') {
    // A mistyped --as names the users it may have meant; only an empty CRM is told to load the demo.
    const users = options.as
      ? await services.store.users.find({ active: true }, { projection: { email: 1 } })
      : [];
    if (options.as && users.length) {
      const likely = likelyEmails(
        options.as,
        users.map((u) => u.email),
      );
      env.err(
        `No active CRM user ${options.as}: you are chatting as a website visitor. ` +
          (likely.length ? `Did you mean ${likely.join(' or ')}? ` : '') +
          '`crmpro users list` shows every user.',
      );
    } else {
      const who = wanted === 'demo' ? 'for LOCAL_USER=demo (the demo rep)' : wanted;
      env.err(
        `No active CRM user ${who} in ${config.mongodbUri ? 'MongoDB' : config.dataDir}: you are chatting as a website visitor. ` +
          'Load the demo CRM with `npm run seed` (or start the bot once with `npm start`), or pick a user with --as EMAIL.',
      );
    }
  }
  await runTerminalChat(core, {
    input: process.stdin,
    out: env.out,
    err: env.err,
    ...(options.as ? { as: options.as } : {}),
  });
  return 0;
}
