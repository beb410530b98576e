import { ensureDemoData } from '../../src/store/seed';
import type { Caller, SkillServices } from '../../src/skills/skill';
import type { Store } from '../../src/store/store';
import { servicesFor, temporaryStore } from '../fixtures/small-crm';

/** "Now" of the support tests: a Friday afternoon in Denver (22:00 UTC), the demo data's anchor. */
export const SUPPORT_NOW = new Date('2026-12-04T22:00:00Z');

/** The demo CRM at 2% scale with callers for each role the support skills are checked against. */
export interface SupportCrm {
  store: Store;
  services: SkillServices;
  support: Caller;
  otherSupport: Caller;
  rep: Caller;
  manager: Caller;
  marketing: Caller;
  analyst: Caller;
  admin: Caller;
  visitor: Caller;
  cleanup: () => Promise<void>;
}

/** Seeds the demo CRM (with its cases and contact preferences) into a temporary store. */
export async function loadSupportCrm(): Promise<SupportCrm> {
  const temp = temporaryStore();
  await ensureDemoData(temp.store, { anchor: SUPPORT_NOW, scale: 0.02 });
  const callerOf = async (email: string): Promise<Caller> => {
    const user = (await temp.store.users.findOne({ email }))!;
    return { role: user.role, userId: user._id, name: user.name, team: user.team, timezone: user.timezone };
  };
  return {
    store: temp.store,
    services: servicesFor(temp.store, SUPPORT_NOW),
    support: await callerOf('riley.park@demo.crmpro.dev'),
    otherSupport: await callerOf('anna.kowalski@demo.crmpro.dev'),
    rep: await callerOf('sam.rivera@demo.crmpro.dev'),
    manager: await callerOf('morgan.lee@demo.crmpro.dev'),
    marketing: await callerOf('alex.kim@demo.crmpro.dev'),
    analyst: await callerOf('noah.singh@demo.crmpro.dev'),
    admin: await callerOf('jordan.blake@demo.crmpro.dev'),
    visitor: { role: 'visitor', timezone: 'UTC' },
    cleanup: temp.cleanup,
  };
}
