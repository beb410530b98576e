import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

const root = path.join(__dirname, '..', '..');
/** The Compose Specification schema as dclint ships it (its package exports do not list the file). */
const COMPOSE_SCHEMA = path.join(root, 'node_modules', 'dclint', 'schemas', 'compose.schema.json');

/**
 * There is no Docker engine here: compose.yaml is validated against the Compose Specification JSON
 * schema that the dclint package ships, and the Dockerfile is read for what the issue requires.
 */
describe('compose.yaml and Dockerfile', () => {
  const compose = parse(readFileSync(path.join(root, 'compose.yaml'), 'utf8'), { merge: true }) as {
    services: Record<string, Record<string, unknown>>;
  };

  it('is valid against the Compose Specification schema', () => {
    const schema = JSON.parse(readFileSync(COMPOSE_SCHEMA, 'utf8')) as Record<string, unknown>;
    // The file names its meta-schema as https://json-schema.org/draft-07/schema (no `#`), a spelling
    // Ajv does not know; it is draft-07, which Ajv's default instance validates.
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema catches a broken compose file (the check can fail)', () => {
    const schema = JSON.parse(readFileSync(COMPOSE_SCHEMA, 'utf8')) as Record<string, unknown>;
    delete schema.$schema;
    const validate = new Ajv({ strict: false }).compile(schema);
    const broken = structuredClone(compose);
    broken.services.bot!.ports = 3978; // must be a list
    broken.services.worker!.restrat = 'always'; // unknown key
    expect(validate(broken)).toBe(false);
  });

  it('wires MongoDB as a replica set, Redis, the bot and a worker by environment', () => {
    const { mongo, redis, bot, worker } = compose.services;
    expect(mongo?.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
    expect(JSON.stringify(mongo?.healthcheck)).toContain('rs.initiate');
    expect(redis?.image).toMatch(/^redis:/);
    for (const service of [bot, worker]) {
      const env = service?.environment as Record<string, string>;
      expect(env.MONGODB_URI).toBe('mongodb://mongo:27017/crmpro?replicaSet=rs0');
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(service?.init).toBe(true);
      expect(Object.keys(service?.depends_on as object)).toEqual(expect.arrayContaining(['mongo', 'redis']));
    }
    expect(worker?.command).toEqual(['node', 'dist/src/worker.js']);
    expect(bot?.ports).toEqual(['3978:3978']);
  });

  it('the Dockerfile builds in stages on Node 24, installs production dependencies only, runs as non-root with a health check', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((match) => match[1]);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const image of stages) expect(image).toMatch(/^node:24/);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK [\s\S]*\/healthz/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/src\/main\.js"\]$/m);
  });
});
