import { DEMO_REP_EMAIL } from '../../store/seed';
import type { Store } from '../../store/store';
import type { User } from '../../vocabulary';
import type { Caller } from '../skill';
import { userRecordsOf, type UserRecords } from './user-records';

/** The user id field of each channel that links its people to CRM users. */
export type ChannelUserIdField = 'teamsUserId' | 'slackUserId';

/**
 * Who the CRM's people are, for the channels: active users by e-mail or by a channel's user id,
 * and the local user that unauthenticated local channels act as (`demo` is the demo data's rep).
 * Every turn asks it for its caller: the answers are kept until a user changes (`UserRecords`),
 * so a role, team or account change is seen by the very next message.
 */
export class UserDirectory {
  private readonly users: UserRecords;

  constructor(store: Store) {
    this.users = userRecordsOf(store);
  }

  /** The active user with this e-mail address (case-insensitive), if any. */
  byEmail(email: string): Promise<User | null> {
    return this.users.findOne({ email: email.trim().toLowerCase(), active: true });
  }

  /** The active user with this id, if any (a deactivated user is nobody to the channels). */
  activeById(userId: string): Promise<User | null> {
    return this.users.findOne({ _id: userId, active: true });
  }

  /** The active user linked to one of these ids of a channel, if any. */
  byChannelId(field: ChannelUserIdField, ids: readonly string[]): Promise<User | null> {
    if (ids.length === 0) return Promise.resolve(null);
    return this.users.findOne({ [field]: { $in: [...ids] }, active: true });
  }

  /** The user `setting` (LOCAL_USER: 'demo', 'none' or an e-mail) names. */
  localUser(setting: string): Promise<User | null> {
    if (setting === 'none') return Promise.resolve(null);
    return this.byEmail(setting === 'demo' ? DEMO_REP_EMAIL : setting);
  }
}

/** The caller a CRM user speaks as. */
export function callerOfUser(user: User, defaultTimezone: string): Caller {
  return {
    role: user.role,
    userId: user._id,
    name: user.name,
    team: user.team,
    timezone: user.timezone || defaultTimezone,
  };
}
