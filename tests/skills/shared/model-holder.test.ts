import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CrmError, ErrorCode } from '../../../src/core/errors';
import { retrainLeadScore, leadScoreModelOf } from '../../../src/skills/lead-score';
import { MODEL_VERSION_CHECK_MS, ModelHolder } from '../../../src/skills/shared/model-holder';
import type { SkillServices } from '../../../src/skills/skill';
import { servicesFor, temporaryStore } from '../../fixtures/small-crm';
import { loadForecastCrm, NOW } from '../forecast-crm-fixture';

interface NoteModel {
  version: string;
  note: string;
}

const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `crmpro-holder-${name}-`));

/** Writes <dir>/notes/<version>/model.json, as a training or another process would. */
function writeNote(dir: string, version: string, note: string): void {
  mkdirSync(path.join(dir, 'notes', version), { recursive: true });
  writeFileSync(path.join(dir, 'notes', version, 'model.json'), JSON.stringify({ version, note }));
}

/** The newest notes/<version>/ of one directory, NOT_FOUND when there is none (as the real loaders). */
async function loadLatestNote(dir: string): Promise<NoteModel> {
  const versions = existsSync(path.join(dir, 'notes')) ? readdirSync(path.join(dir, 'notes')).sort() : [];
  const newest = versions.at(-1);
  if (!newest) throw new CrmError(ErrorCode.NotFound, 'no notes model');
  return JSON.parse(readFileSync(path.join(dir, 'notes', newest, 'model.json'), 'utf8')) as NoteModel;
}

describe('ModelHolder: one model per process, from disk or trained once', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  /** Fresh services (their own artifact cache) over a shipped and a trained models directory. */
  function setUp() {
    const services: SkillServices = {
      ...servicesFor(temp.store),
      modelsDir: tempDir('shipped'),
      trainedModelsDir: tempDir('trained'),
    };
    let clock = Date.UTC(2026, 11, 4, 12);
    const trainings: string[] = [];
    let misses = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const holder = new ModelHolder<NoteModel>({
      cacheKey: 'test:notes',
      name: 'notes',
      loadLatest: (dir) =>
        loadLatestNote(dir).catch((error: unknown) => {
          misses += 1;
          throw error;
        }),
      train: async (trainedFor) => {
        trainings.push('started');
        await gate;
        const version = 'v20261204-120000';
        writeNote(trainedFor.trainedModelsDir!, version, 'trained here');
        return { version, note: 'trained here' };
      },
      now: () => clock,
    });
    return {
      services,
      holder,
      trainings,
      release,
      misses: () => misses,
      advance: (ms: number) => (clock += ms),
    };
  }

  it('trains once when two turns ask at the same time and nothing is on disk, into the trained models directory', async () => {
    const { services, holder, trainings, release, misses } = setUp();
    expect(await holder.isReady(services)).toBe(false);
    const first = holder.modelOf(services);
    const second = holder.modelOf(services);
    // Both turns found nothing on disk before the training is let finish.
    while (misses() < 2) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(trainings).toEqual(['started']);
    expect(a).toBe(b);
    expect(a.note).toBe('trained here');
    expect(existsSync(path.join(services.trainedModelsDir!, 'notes', a.version))).toBe(true);
    expect(existsSync(path.join(services.modelsDir, 'notes'))).toBe(false);
    expect(await holder.isReady(services)).toBe(true);
  });

  it('reads the shipped model without training, and picks up a newer version only after the check interval', async () => {
    const { services, holder, trainings, advance } = setUp();
    writeNote(services.modelsDir, 'v20261125-000000', 'shipped');
    expect(await holder.isReady(services)).toBe(true);
    expect((await holder.modelOf(services)).note).toBe('shipped');

    // Another process retrains: a newer version appears in the trained models' directory.
    writeNote(services.trainedModelsDir!, 'v20261204-090000', 'retrained elsewhere');
    advance(MODEL_VERSION_CHECK_MS - 1);
    expect((await holder.modelOf(services)).note).toBe('shipped');
    advance(1);
    expect((await holder.modelOf(services)).note).toBe('retrained elsewhere');

    // An older version written later changes nothing: the newest of both directories wins.
    writeNote(services.modelsDir, 'v20261130-000000', 'older');
    advance(MODEL_VERSION_CHECK_MS);
    expect((await holder.modelOf(services)).note).toBe('retrained elsewhere');
    expect(trainings).toEqual([]);
  });

  it('says a model is not ready without looking at the disk on every call, and sees one written elsewhere after the check interval', async () => {
    const { services, holder, trainings, advance } = setUp();
    expect(await holder.isReady(services)).toBe(false);
    // Another process trains one: this process finds it at its next look, a minute later.
    writeNote(services.trainedModelsDir!, 'v20261204-090000', 'trained elsewhere');
    advance(MODEL_VERSION_CHECK_MS - 1);
    expect(await holder.isReady(services)).toBe(false);
    advance(1);
    expect(await holder.isReady(services)).toBe(true);
    expect((await holder.modelOf(services)).note).toBe('trained elsewhere');
    expect(trainings).toEqual([]);
  });

  it('does not retry a failed training for a minute, then does', async () => {
    const services: SkillServices = { ...servicesFor(temp.store), trainedModelsDir: tempDir('failing') };
    let clock = 0;
    let attempts = 0;
    const holder = new ModelHolder<NoteModel>({
      cacheKey: 'test:failing',
      name: 'notes',
      loadLatest: loadLatestNote,
      train: async () => {
        attempts += 1;
        throw new CrmError(ErrorCode.Unavailable, 'too little history');
      },
      now: () => clock,
    });
    await expect(holder.modelOf(services)).rejects.toThrow('too little history');
    clock += MODEL_VERSION_CHECK_MS - 1;
    await expect(holder.modelOf(services)).rejects.toThrow('too little history');
    expect(attempts).toBe(1);
    clock += 1;
    await expect(holder.modelOf(services)).rejects.toThrow('too little history');
    expect(attempts).toBe(2);
  });
});

describe('lead-score models trained from the CRM go to the trained models directory', () => {
  const temp = temporaryStore();
  beforeAll(() => loadForecastCrm(temp.store));
  afterAll(() => temp.cleanup());

  it('writes the retrained model beside the store, leaves the shipped directory as it was, and uses the newer one', async () => {
    const shipped = tempDir('lead-shipped');
    const services: SkillServices = {
      ...servicesFor(temp.store, NOW),
      modelsDir: shipped,
      trainedModelsDir: tempDir('lead-trained'),
    };
    const { model, dir } = await retrainLeadScore(services);
    expect(path.dirname(path.dirname(dir))).toBe(services.trainedModelsDir);
    expect(readdirSync(shipped)).toEqual([]);
    // A fresh process (its own cache) finds it there without training again.
    const fresh: SkillServices = {
      ...servicesFor(temp.store, NOW),
      modelsDir: shipped,
      trainedModelsDir: services.trainedModelsDir!,
    };
    expect((await leadScoreModelOf(fresh)).version).toBe(model.version);
    expect(readdirSync(shipped)).toEqual([]);
  });
});
