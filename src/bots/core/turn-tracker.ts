/**
 * Counts turns in progress so a shutdown can stop taking messages and wait for the ones being
 * answered before closing the store.
 */
export class TurnTracker {
  private active = 0;
  private waiters: Array<() => void> = [];

  get inFlight(): number {
    return this.active;
  }

  async track<T>(turn: () => Promise<T>): Promise<T> {
    this.active++;
    try {
      return await turn();
    } finally {
      this.active--;
      if (this.active === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves true when no turn is in flight, or false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.active === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
