import type { DatabaseSync } from 'node:sqlite';

/**
 * Runs `PRAGMA quick_check` (every page and index entry readable and well-formed, in time linear in
 * the file's size) and returns what it found wrong, or undefined when the database is whole.
 */
export function quickCheck(db: DatabaseSync): string | undefined {
  const rows = db.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  const findings = rows.map((row) => row.quick_check);
  return findings.length === 1 && findings[0] === 'ok' ? undefined : findings.slice(0, 5).join('; ');
}

/** Words of SQLite's errors when a file is not a database or is damaged. */
export const CORRUPTION_PATTERN = /not a database|malformed|corrupt/i;

/** The message that refuses a corrupt embedded store at start, naming how to get back a good copy. */
export function corruptStoreMessage(file: string, finding: string): string {
  return (
    `The embedded store ${file} is damaged (${finding}), so CRMPro will not start on it. ` +
    'Restore the last good backup: stop CRMPro, then `crmpro store restore BACKUP_FILE --force` ' +
    '(backups are made with `crmpro store backup --out PATH`), or move the file away to start empty.'
  );
}
