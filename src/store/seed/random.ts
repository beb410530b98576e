/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) with the draws the demo
 * CRM needs. Same seed, same sequence, on every platform: that is what makes the demo data
 * reproducible. Not for anything secret.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for one part of the data, so changing one generator does not shift the others. */
  fork(label: string): Random {
    let hash = 2166136261;
    for (const char of `${this.a}:${label}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return new Random(hash);
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  uniform(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One item, drawn with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of items) total += weight;
    let draw = this.next() * total;
    for (const [item, weight] of items) {
      draw -= weight;
      if (draw < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /**
   * Draws indexes with probability proportional to `weights`, one `next()` per draw; a binary search
   * over the running sums keeps many draws among thousands of items fast.
   */
  indexSampler(weights: readonly number[]): () => number {
    const cumulative: number[] = [];
    let sum = 0;
    for (const weight of weights) cumulative.push((sum += weight));
    return () => {
      const draw = this.next() * sum;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! > draw) high = middle;
        else low = middle + 1;
      }
      return low;
    };
  }

  /** A normal draw (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** A Poisson count (Knuth for small means, a rounded normal above 30). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 30) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  /** `count` distinct items in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle([...items]).slice(0, Math.min(count, items.length));
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }

  /** `length` random characters drawn from `alphabet`. */
  chars(length: number, alphabet: string): string {
    let text = '';
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(this.next() * alphabet.length)];
    return text;
  }

  /**
   * A document id shaped like a MongoDB ObjectId (seconds of `at` in hex, then 16 random hex digits),
   * like `newId` but reproducible.
   */
  idAt(at: Date): string {
    const seconds = Math.max(0, Math.floor(at.getTime() / 1000))
      .toString(16)
      .padStart(8, '0');
    return seconds + this.chars(16, '0123456789abcdef');
  }

  /** A version-4 shaped GUID (as Microsoft Entra object ids look). */
  guid(): string {
    const hex = '0123456789abcdef';
    return `${this.chars(8, hex)}-${this.chars(4, hex)}-4${this.chars(3, hex)}-${this.pick(['8', '9', 'a', 'b'])}${this.chars(3, hex)}-${this.chars(12, hex)}`;
  }
}
