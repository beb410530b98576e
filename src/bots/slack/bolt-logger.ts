import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/logger';

/** Bolt's and the Slack clients' log lines, written to our logger (Bolt's debug chatter at debug). */
export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) =>
    msg.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
  return {
    debug: (...msg: unknown[]) => logger.debug({ source: 'bolt' }, text(msg)),
    info: (...msg: unknown[]) => logger.debug({ source: 'bolt' }, text(msg)),
    warn: (...msg: unknown[]) => logger.warn({ source: 'bolt' }, text(msg)),
    error: (...msg: unknown[]) => logger.error({ source: 'bolt' }, text(msg)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
