import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/open-store';
import { describeStoreContract } from './store-contract';

// A zone west of UTC, so date operators or revived dates that fall back to local time would show.
process.env.TZ = 'America/Los_Angeles';

const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-contract-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describeStoreContract('embedded (SQLite + mingo)', () => openStore({ dataDir }));
