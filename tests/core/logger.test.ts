import { Writable } from 'node:stream';
import { configuredSecrets } from '../../src/config/config';
import { createLogger } from '../../src/core/logger';
import { testConfig } from '../fixtures/test-config';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
  };
}

describe('logger', () => {
  it('redacts credentials and personal data wherever they appear', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream });
    logger.info(
      {
        user: { email: 'jane@initech.com', phone: '+1 555 0100', name: 'Jane' },
        slack: { token: 'xoxb-secret', signingSecret: 'shh' },
        req: { headers: { authorization: 'Bearer abc', 'content-type': 'application/json' } },
        activity: { text: 'my card number is 4111', channelId: 'msteams' },
        password: 'hunter2',
      },
      'turn',
    );
    // The time, pid and host are left out: a timestamp such as 1796544111376 holds "4111" by chance.
    const { time: _time, pid: _pid, hostname: _hostname, ...logged } = out.lines()[0]!;
    const text = JSON.stringify(logged);
    for (const secret of [
      'jane@initech.com',
      '+1 555 0100',
      'xoxb-secret',
      'shh',
      'Bearer abc',
      '4111',
      'hunter2',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('msteams');
    expect(text).toContain('application/json');
  });

  it('blanks configured secrets and e-mail addresses in every line, whatever field or message holds them', () => {
    const config = testConfig('/tmp/unused', {
      MICROSOFT_APP_ID: 'app-id',
      MICROSOFT_APP_PASSWORD: 'ms-app-pass/word+1',
      SLACK_BOT_TOKEN: 'xoxb-0123456789',
      SLACK_SIGNING_SECRET: 'signing-secret-abcdef',
      OPENAI_API_KEY: 'sk-live-abcdef012345',
      REDIS_URL: 'redis://:r3dis%2Fpass@cache.internal:6379',
    });
    const secrets = configuredSecrets(config);
    expect(secrets).toEqual(
      expect.arrayContaining(['ms-app-pass/word+1', 'xoxb-0123456789', 'sk-live-abcdef012345', 'r3dis/pass']),
    );
    const out = capture();
    const logger = createLogger({ level: 'debug', destination: out.stream, secrets });
    // Paths the redact list does not name: nested settings, an error message, a URL, free text.
    logger.debug({ settings: config }, 'config');
    logger.warn({ err: new Error('login failed for sk-live-abcdef012345 (jane.doe@initech.com)') }, 'llm');
    logger.info({ target: 'redis://:r3dis%2Fpass@cache.internal:6379' }, 'connecting');
    logger.info(`sent the digest to morgan.lee@demo.crmpro.dev with ${'"xoxb-0123456789"'}`);
    const text = out
      .lines()
      .map((line) => JSON.stringify(line))
      .join('\n');
    for (const leak of [...secrets, 'r3dis%2Fpass', 'jane.doe@initech.com', 'morgan.lee@demo.crmpro.dev'])
      expect(text).not.toContain(leak);
    expect(text).toContain('[redacted-email]');
    expect(text).toContain('cache.internal:6379');
    expect(text).toContain('login failed for [redacted]');
  });

  it('leaves short values and ordinary words alone', () => {
    const out = capture();
    const logger = createLogger({ level: 'info', destination: out.stream, secrets: ['abc', 'x'] });
    logger.info({ channel: 'abc' }, 'x marks the spot');
    expect(out.lines()[0]).toMatchObject({ channel: 'abc', msg: 'x marks the spot' });
  });
});
