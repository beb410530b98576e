import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../../src/config/config';

describe('configuration', () => {
  it('has working defaults: embedded store in ./data, port 3978, no LLM', () => {
    const config = loadConfig({}, '/srv/crmpro');
    expect(config.port).toBe(3978);
    expect(config.dataDir).toBe('/srv/crmpro/data');
    expect(config.mongodbUri).toBeUndefined();
    expect(config.llm).toBeUndefined();
    expect(config.localUser).toBe('demo');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every wrong variable with its fix, and hides secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        MONGODB_URI: 'postgres://user:secret@db',
        DEFAULT_TIMEZONE: 'Mars/Olympus',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("PORT (got 'eighty')");
    expect(message).toContain('LOG_LEVEL');
    expect(message).toContain('one of fatal, error, warn, info, debug, trace, silent');
    expect(message).toContain('MONGODB_URI');
    expect(message).not.toContain('secret');
    expect(message).toContain('DEFAULT_TIMEZONE');
  });

  it('requires the app password with a Microsoft app id, and Slack settings in pairs', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'abc' })).toThrow(/MICROSOFT_APP_PASSWORD/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack.botToken).toBe(
      'xoxb-1',
    );
  });

  it('enables the LLM with an API key or an OpenAI-compatible base URL alone', () => {
    expect(loadConfig({ OPENAI_BASE_URL: 'http://localhost:8000/v1' }).llm).toMatchObject({
      baseUrl: 'http://localhost:8000/v1',
    });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-x' }).llm?.model).toBe('gpt-4o-mini');
    expect(() => loadConfig({ OPENAI_BASE_URL: 'localhost:8000' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('has rate limits on by default (0 turns one off), and checks the user-token secret and metadata URL', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      perAddress: { perMinute: 600, burst: 120 },
      perSender: { perMinute: 60, burst: 20 },
    });
    expect(loadConfig({ RATE_LIMIT_SENDER_PER_MINUTE: '0' }).rateLimits.perSender.perMinute).toBe(0);
    expect(() => loadConfig({ RATE_LIMIT_ADDRESS_BURST: '-1' })).toThrow(/RATE_LIMIT_ADDRESS_BURST/);
    expect(loadConfig({}).userTokenSecret).toBeUndefined();
    let error: unknown;
    try {
      loadConfig({ USER_TOKEN_SECRET: 'short-secret' });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatch(
      /USER_TOKEN_SECRET \(got '\*\*\*'\): must be at least 32 characters/,
    );
    expect((error as Error).message).not.toContain('short-secret');
    expect(loadConfig({ USER_TOKEN_SECRET: 'x'.repeat(32) }).userTokenSecret).toBe('x'.repeat(32));
    expect(() => loadConfig({ MICROSOFT_OPENID_METADATA_URL: 'login.example/x' })).toThrow(
      /MICROSOFT_OPENID_METADATA_URL/,
    );
  });

  it('documents every variable in .env.example, and nothing else', () => {
    const example = readFileSync(path.join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual([...CONFIG_VARIABLES].sort());
  });
});
