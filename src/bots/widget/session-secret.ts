import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file in the data directory that keeps the generated visitor-session secret. */
export const SESSION_SECRET_FILE = 'widget-session-secret';

/**
 * The key that signs visitor sessions: WIDGET_SESSION_SECRET when set; otherwise a random one
 * generated on first start and kept in the data directory (mode 0600), so sessions survive restarts.
 */
export async function loadSessionSecret(dataDir: string, configured?: string): Promise<Buffer> {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDir, SESSION_SECRET_FILE);
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= 43) return Buffer.from(kept, 'base64url');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  await writeFile(file, `${secret.toString('base64url')}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}
