import { Writable } from 'node:stream';
import { createLogger } from '../../src/core/logger';

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
    const [line] = out.lines();
    const text = JSON.stringify(line);
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
});
