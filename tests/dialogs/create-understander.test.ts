import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../../src/core/logger';
import { CrmNameIndex } from '../../src/skills/shared/crm-names';
import { createUnderstander } from '../../src/dialogs/routing/create-understander';
import { loadSmallCrm, temporaryStore } from '../fixtures/small-crm';

/** A logger that keeps what it was told, to check what the operator reads. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = createLogger({
    level: 'info',
    destination: { write: (line: string) => lines.push(line) } as never,
  });
  return { logger, lines };
}

describe('createUnderstander', () => {
  const temp = temporaryStore();
  const emptyModels = mkdtempSync(path.join(tmpdir(), 'crmpro-no-models-'));
  const turn = { now: new Date('2026-03-02T10:00:00Z'), timezone: 'UTC' };
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(async () => {
    rmSync(emptyModels, { recursive: true, force: true });
    await temp.cleanup();
  });

  it('uses the shipped intent model when MODELS_DIR has none (a fresh volume), and says so', async () => {
    const { logger, lines } = recordingLogger();
    const understander = createUnderstander({
      names: new CrmNameIndex(temp.store),
      modelsDir: emptyModels,
      logger,
    });
    expect((await understander.understand('forecast this quarter', turn)).intent).toBe('forecast');
    expect(lines.join('')).toContain(
      `no intent model in ${path.join(emptyModels, 'intent')}; using the shipped one`,
    );
  });

  it('falls back to phrasings alone when there is no model at all, and warns', async () => {
    const { logger, lines } = recordingLogger();
    const understander = createUnderstander({
      names: new CrmNameIndex(temp.store),
      modelsDir: emptyModels,
      shippedModelDir: path.join(emptyModels, 'nothing-here'),
      logger,
    });
    expect((await understander.understand('tell me about Acme', turn)).intent).toBe('briefing');
    expect(lines.join('')).toMatch(/understanding account questions by phrasing only/);
  });
});
