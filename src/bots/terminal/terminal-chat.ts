import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Bot } from '../core/build-bot';
import { InProcessChannel } from '../in-process/in-process-channel';
import { renderPlainText } from '../render/plain-text';

export interface TerminalChatOptions {
  /** Where the person types (a TTY gets a prompt; a pipe is read line by line). */
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Prints one line of the bot's answer. */
  out: (line: string) => void;
  /** Prints prompts and notices. */
  err: (line: string) => void;
  /** Who the terminal acts as: an e-mail, else the local user. */
  as?: string;
}

/**
 * The terminal chat channel (`crmpro chat`): lines in, the bot's replies as plain text out, through
 * the same bot core as every channel, acting as the chosen CRM user. Resolves when the input ends
 * or the person types exit.
 */
export async function runTerminalChat(core: Bot, options: TerminalChatOptions): Promise<void> {
  const caller = await core.callers.localCaller(options.as);
  const channel = new InProcessChannel(core, { channelId: 'cli', trust: 'local', name: 'terminal' });
  const conversationId = `cli-${randomUUID()}`;
  const interactive = options.input.isTTY === true;
  if (interactive)
    options.err(
      `CRMPro chat — you are ${caller.name ?? 'a visitor'} (${caller.role}). Type "exit" to leave.`,
    );

  const lines = createInterface({
    input: options.input,
    terminal: interactive,
    prompt: interactive ? 'you> ' : '',
  });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (/^(exit|quit|bye)$/i.test(text)) break;
    if (text) {
      const replies = await channel.send({
        conversationId,
        text,
        from: { id: `cli-${options.as ?? 'local'}`, name: caller.name ?? 'you' },
      });
      for (const reply of replies) {
        options.out(renderPlainText(reply));
        options.out('');
      }
    }
    if (interactive) lines.prompt();
  }
  lines.close();
}
