import { z } from 'zod';
import { defineSkill } from '../skill';
import { visitorAccount } from '../shared/visitor-account';

/** Where a visitor's hand-off should go. */
export interface HandoffRoute {
  /** The e-mail of the active rep who owns the visitor's account, when one matches. */
  ownerEmail?: string;
}

/**
 * Where a website visitor's request for a person goes: the rep owning their account (matched by
 * work e-mail domain or company name), else nobody in particular (the support channel). The
 * result is for the hand-off desk only; dialogs never show it to the visitor.
 */
export const routeHandoff = defineSkill({
  name: 'route-handoff',
  description: 'Which rep should take a website visitor who asked for a person (by their e-mail or company).',
  roles: ['visitor'],
  input: z.object({
    email: z.string().trim().max(320).optional(),
    company: z.string().trim().max(200).optional(),
  }),
  run: async (input, { services }): Promise<HandoffRoute> => {
    if (!input.email && !input.company) return {};
    const { owner } = await visitorAccount(services, input);
    return owner ? { ownerEmail: owner.email } : {};
  },
});
export { noteHandoffUnattended, openHandoffCase, UNATTENDED_NOTE, type HandoffCase } from './handoff-case';
