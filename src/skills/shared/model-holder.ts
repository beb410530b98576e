import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isCrmError, ErrorCode } from '../../core/errors';
import type { SkillServices } from '../skill';

/** How often (ms) a process looks for a newer model version written by another process. */
export const MODEL_VERSION_CHECK_MS = 60_000;

/** A trained model with a version that sorts by when it was trained (v20261125-000000). */
export interface VersionedModel {
  readonly version: string;
}

/** What a `ModelHolder` needs to know about one kind of model. */
export interface HeldModelSpec<M extends VersionedModel> {
  /** The key of the holder in the process's artifact cache. */
  readonly cacheKey: string;
  /** The model's folder in a models directory: `<dir>/<name>/<version>/`. */
  readonly name: string;
  /** Loads the newest version under one models directory; NOT_FOUND when it holds none. */
  readonly loadLatest: (modelsDir: string) => Promise<M>;
  /** Trains one from the CRM and saves it under `trainedDirOf(services)` (it may call `adopt`). */
  readonly train: (services: SkillServices) => Promise<M>;
  /** Called each time the holder starts using a model (e.g. to publish its version as a metric). */
  readonly onUse?: (model: M) => void;
  /** Milliseconds since the epoch (default `Date.now`): the version checks' clock. */
  readonly now?: () => number;
}

interface Held<M> {
  model?: M;
  checkedAt: number;
  training?: Promise<M>;
  /** When `isReady` last found no version on disk (it looks again a minute later). */
  absentSince?: number;
  /** The last failed attempt to train one (e.g. too little history), not retried for a minute. */
  failure?: { at: number; error: unknown };
}

/**
 * Where models trained from this CRM are written: TRAINED_MODELS_DIR (data of this installation,
 * by default DATA_DIR/models), or the models directory when the services name none.
 */
export function trainedDirOf(services: Pick<SkillServices, 'modelsDir' | 'trainedModelsDir'>): string {
  return services.trainedModelsDir ?? services.modelsDir;
}

/**
 * One model per process, from disk or trained once: the newest version found in the trained
 * models' directory or the shipped ones (`modelsDir`) is loaded on first use and swapped when a
 * newer version appears (looked for at most once a minute, so other processes' retrainings reach
 * this one). When no version exists anywhere, one is trained from the CRM — once, however many
 * turns ask at the same time — and a failed training is not retried for a minute.
 */
export class ModelHolder<M extends VersionedModel> {
  private readonly now: () => number;

  constructor(private readonly spec: HeldModelSpec<M>) {
    this.now = spec.now ?? Date.now;
  }

  /** The model to use now: held, reloaded when a newer version is on disk, or trained. */
  async modelOf(services: SkillServices): Promise<M> {
    const held = await this.heldOf(services);
    const now = this.now();
    if (held.model && now - held.checkedAt < MODEL_VERSION_CHECK_MS) return held.model;
    if (held.model) {
      held.checkedAt = now;
      if ((await this.newestOnDisk(services))?.version === held.model.version) return held.model;
    }
    try {
      held.model = await this.loadNewest(services);
    } catch (error) {
      if (!isCrmError(error, ErrorCode.NotFound)) throw error;
      if (held.failure && now - held.failure.at < MODEL_VERSION_CHECK_MS) throw held.failure.error;
      held.training ??= this.spec.train(services).catch((failure: unknown) => {
        held.training = undefined;
        held.failure = { at: this.now(), error: failure };
        throw failure;
      });
      held.model = await held.training;
      held.training = undefined;
    }
    held.checkedAt = now;
    this.spec.onUse?.(held.model);
    return held.model;
  }

  /** Makes this process use a model just trained here (a retraining), without reading it back. */
  async adopt(services: SkillServices, model: M): Promise<void> {
    const held = await this.heldOf(services);
    held.model = model;
    held.checkedAt = this.now();
    held.failure = undefined;
    this.spec.onUse?.(model);
  }

  /**
   * Whether a model is held or on disk, i.e. `modelOf` would not have to train one. Without one, the
   * directories are looked at again at most once a minute (as for newer versions), not on every call.
   */
  async isReady(services: SkillServices): Promise<boolean> {
    const held = await this.heldOf(services);
    if (held.model) return true;
    const now = this.now();
    if (held.absentSince !== undefined && now - held.absentSince < MODEL_VERSION_CHECK_MS) return false;
    const onDisk = Boolean(await this.newestOnDisk(services));
    held.absentSince = onDisk ? undefined : now;
    return onDisk;
  }

  private heldOf(services: SkillServices): Promise<Held<M>> {
    return services.artifacts.get<Held<M>>(this.spec.cacheKey, async () => ({ checkedAt: 0 }));
  }

  /** The trained models' directory first: on a tie it is the one read. */
  private dirsOf(services: SkillServices): string[] {
    return [...new Set([trainedDirOf(services), services.modelsDir])];
  }

  /** The newest version folder in any of the directories, and the directory holding it. */
  private async newestOnDisk(services: SkillServices): Promise<{ version: string; dir: string } | undefined> {
    let newest: { version: string; dir: string } | undefined;
    for (const dir of this.dirsOf(services)) {
      const versions = await readdir(path.join(dir, this.spec.name)).catch(() => [] as string[]);
      const version = versions.sort().at(-1);
      if (version !== undefined && (!newest || version > newest.version)) newest = { version, dir };
    }
    return newest;
  }

  private async loadNewest(services: SkillServices): Promise<M> {
    const newest = await this.newestOnDisk(services);
    return this.spec.loadLatest(newest?.dir ?? trainedDirOf(services));
  }
}
