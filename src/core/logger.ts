import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino must never print in clear: credentials anywhere in a logged object, and personal data
 * (emails, phone numbers, message text) of CRM records and chat activities.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  '*.accessToken',
  '*.access_token',
  '*.secret',
  '*.signingSecret',
  '*.appPassword',
  '*.apiKey',
  '*.authorization',
  '*.Authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'text',
  '*.text',
  'activity.text',
  'activity.from.name',
  'uri',
  '*.uri',
];

/** E-mail addresses, wherever they appear in a line (an error message, a URL, a free-text field). */
const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Shorter values are not blanked: they would match ordinary words and numbers. */
const MIN_SECRET_LENGTH = 8;

/**
 * The last line of defence behind the redact paths, applied to every line as written: each
 * configured secret (as is, URL-encoded and JSON-escaped) becomes `[redacted]` and every e-mail
 * address `[redacted-email]`, so a secret or an address in an error message, a URL or a field
 * nobody thought of still never reaches the log.
 */
export function lineScrubber(secrets: readonly string[]): (line: string) => string {
  const forms = [
    ...new Set(
      secrets
        .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
        .flatMap((secret) => [secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return (line) => {
    let scrubbed = line;
    for (const form of forms) if (scrubbed.includes(form)) scrubbed = scrubbed.replaceAll(form, '[redacted]');
    return scrubbed.includes('@') ? scrubbed.replace(EMAIL_ADDRESS, '[redacted-email]') : scrubbed;
  };
}

/**
 * Creates the process logger: JSON lines on stdout, secrets and personal data censored — by path
 * (REDACTED_PATHS) and, for `secrets` (the configuration's, see `configuredSecrets`) and e-mail
 * addresses, in every line written (`lineScrubber`).
 */
export function createLogger(options: {
  level: string;
  name?: string;
  destination?: pino.DestinationStream;
  secrets?: readonly string[];
}): Logger {
  return pino(
    {
      name: options.name ?? 'crmpro',
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      serializers: { err: pino.stdSerializers.err },
      hooks: { streamWrite: lineScrubber(options.secrets ?? []) },
    },
    options.destination,
  );
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
