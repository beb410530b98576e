/**
 * Runs async tasks one at a time in arrival order: the embedded store's writer lock, so a
 * read-modify-write never interleaves with another in the same process.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
