/**
 * Loads each trained artifact (model, index) once per process and shares it between turns.
 * A failed load is not cached, so a later call retries (e.g. after `crmpro ... train`).
 */
export class ArtifactCache {
  private readonly loaded = new Map<string, Promise<unknown>>();

  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let entry = this.loaded.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = load();
      this.loaded.set(key, entry);
      entry.catch(() => this.loaded.delete(key));
    }
    return entry;
  }

  /** Forgets an artifact so the next `get` reloads it (after retraining). */
  invalidate(key: string): void {
    this.loaded.delete(key);
  }
}
