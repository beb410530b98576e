import { CrmError, ErrorCode, isCrmError } from '../core/errors';
import type { Caller, CallerRole } from '../skills/skill';
import { callerOfUser, UserDirectory } from '../skills/shared/user-directory';
import { DEMO_REP_EMAIL } from '../store/seed';
import type { CliEnvironment } from './cli-environment';
import { likelyEmails } from './email-hint';

/**
 * The CRM user a command acts as (and their e-mail): `--as EMAIL`, or LOCAL_USER (as `crmpro chat` does), an active
 * user with their role; channel `cli` for the audit log. NOT_FOUND (naming likely addresses) when
 * nobody active has that e-mail.
 */
export async function cliCallerAs(
  env: CliEnvironment,
  as: string | undefined,
): Promise<{ caller: Caller; email: string }> {
  const store = await env.openStore();
  const setting = env.config().localUser;
  const email = as ?? (setting === 'demo' ? DEMO_REP_EMAIL : setting);
  const user = email === 'none' ? null : await new UserDirectory(store).byEmail(email);
  if (!user) {
    const users = await store.users.find({ active: true }, { projection: { email: 1 } });
    const likely = likelyEmails(
      email,
      users.map((each) => each.email),
    );
    throw new CrmError(
      ErrorCode.NotFound,
      `No active CRM user ${email}. ${likely.length ? `Did you mean ${likely.join(' or ')}? ` : ''}Name one with --as EMAIL (\`crmpro users list\` shows them).`,
    );
  }
  return {
    caller: { ...callerOfUser(user, env.config().defaultTimezone), channel: 'cli' },
    email: user.email,
  };
}

/**
 * Runs a role-checked step; a FORBIDDEN refusal becomes a message naming the command, the roles
 * that may run it and the caller's own role (the CLI's boundary prints it and exits 1).
 */
export async function refusedUnlessAllowed<T>(
  what: string,
  roles: readonly CallerRole[],
  caller: Caller,
  email: string,
  step: () => Promise<T>,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isCrmError(error, ErrorCode.Forbidden))
      throw new CrmError(
        ErrorCode.Forbidden,
        `${what} is for ${roles.map((role) => `${role}s`).join(' and ')}; ${email} is a ${caller.role}.`,
        { role: caller.role },
        { cause: error },
      );
    throw error;
  }
}
