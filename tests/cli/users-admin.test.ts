import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { CallerResolver } from '../../src/bots/core/caller-resolver';
import { silentLogger } from '../../src/core/logger';
import { UserDirectory } from '../../src/skills/shared/user-directory';
import { loadSmallCrm, REP_EMAIL, temporaryStore } from '../fixtures/small-crm';
import { runCrmpro } from './users-cli-harness';

const TEAMS_ID = '8d0e4c4f-6a55-4d0c-9b3e-2f1a7c9e5b11';
const OTHER_TEAMS_ID = '1b2c3d4e-0000-4aaa-8bbb-123456789abc';

describe('crmpro users add / list / link / import / set-role / deactivate', () => {
  const temp = temporaryStore();
  const crmpro = (...args: string[]) => runCrmpro(temp.store, temp.dataDir, args);
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  const listed = async (...extra: string[]) => {
    const result = await crmpro('users', 'list', '--json', ...extra);
    expect(result.code).toBe(0);
    return JSON.parse(result.out) as Record<string, unknown>[];
  };

  it('adds a user with every option, and list --json shows exactly the documented fields', async () => {
    const added = await crmpro(
      'users',
      'add',
      '--email',
      'Dana.Kim@Example.com',
      '--name',
      'Dana Kim',
      '--role',
      'manager',
      '--team',
      'EMEA',
      '--timezone',
      'europe/paris',
      '--slack-id',
      'u024be7lh',
      '--teams-id',
      TEAMS_ID.toUpperCase(),
    );
    expect(added).toMatchObject({ code: 0, out: 'added Dana Kim <dana.kim@example.com> (manager, EMEA)' });
    const users = await listed();
    expect(users.find((u) => u.email === 'dana.kim@example.com')).toStrictEqual({
      email: 'dana.kim@example.com',
      name: 'Dana Kim',
      role: 'manager',
      team: 'EMEA',
      slackUserId: 'U024BE7LH',
      teamsUserId: TEAMS_ID,
    });
    for (const user of users)
      expect(Object.keys(user).sort()).toEqual([
        'email',
        'name',
        'role',
        'slackUserId',
        'team',
        'teamsUserId',
      ]);
    expect((await listed('--role', 'manager')).map((u) => u.email).sort()).toEqual([
      'dana.kim@example.com',
      'morgan.lee@demo.crmpro.dev',
    ]);
    const stored = await temp.store.users.findOne({ email: 'dana.kim@example.com' });
    expect(stored).toMatchObject({ timezone: 'Europe/Paris', active: true }); // as the IANA database spells it
  });

  it('refuses a duplicate e-mail, a bad role, an unknown time zone and an id linked to someone else, saying which', async () => {
    const cases: [string[], RegExp][] = [
      [['--email', 'dana.kim@example.com', '--name', 'D', '--role', 'rep'], /already exists \(Dana Kim\)/],
      [
        ['--email', 'x@example.com', '--name', 'X', '--role', 'boss'],
        /'boss' is not a role: use one of rep, manager, marketing, support, analyst, admin/,
      ],
      [
        ['--email', 'x@example.com', '--name', 'X', '--role', 'rep', '--timezone', 'Mars/Olympus'],
        /'Mars\/Olympus' is not a known time zone/,
      ],
      [
        ['--email', 'x@example.com', '--name', 'X', '--role', 'rep', '--slack-id', 'U024BE7LH'],
        /Slack user id U024BE7LH is already linked to Dana Kim \(dana.kim@example.com\)/,
      ],
      [
        ['--email', 'x@example.com', '--name', 'X', '--role', 'rep', '--teams-id', TEAMS_ID],
        /Teams user id .* is already linked to Dana Kim/,
      ],
      [
        ['--email', 'x@example.com', '--name', 'X', '--role', 'rep', '--teams-id', 'not-a-guid'],
        /is not a Teams user id/,
      ],
      [['--email', 'not-an-email', '--name', 'X', '--role', 'rep'], /is not an e-mail address/],
    ];
    const before = await temp.store.users.countDocuments({});
    for (const [args, message] of cases) {
      const result = await crmpro('users', 'add', ...args);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(message);
      expect(result.out).toBe('');
    }
    expect(await temp.store.users.countDocuments({})).toBe(before);
    expect((await crmpro('users', 'list', '--role', 'boss')).err).toMatch(/'boss' is not a role/);
  });

  it('links a Teams or Slack id to a user (one at a time) and refuses one already linked elsewhere', async () => {
    const linked = await crmpro(
      'users',
      'link',
      '--email',
      'morgan.lee@demo.crmpro.dev',
      '--teams-id',
      OTHER_TEAMS_ID,
    );
    expect(linked).toMatchObject({
      code: 0,
      out: `linked Teams ${OTHER_TEAMS_ID} to Morgan Lee <morgan.lee@demo.crmpro.dev>`,
    });
    const resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'none',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
    });
    expect(
      await resolver.resolve(
        { channelId: 'msteams', from: { id: '29:x', name: 'M', aadObjectId: OTHER_TEAMS_ID } },
        'verified',
      ),
    ).toMatchObject({ role: 'manager', name: 'Morgan Lee' });

    const taken = await crmpro('users', 'link', '--email', REP_EMAIL, '--slack-id', 'U024BE7LH');
    expect(taken.code).toBe(1);
    expect(taken.err).toMatch(/already linked to Dana Kim/);
    const both = await crmpro(
      'users',
      'link',
      '--email',
      REP_EMAIL,
      '--slack-id',
      'U1',
      '--teams-id',
      TEAMS_ID,
    );
    expect(both.err).toMatch(/exactly one of --slack-id or --teams-id/);
    const nobody = await crmpro('users', 'link', '--email', 'nobody@example.com', '--slack-id', 'U0NOBODY1');
    expect(nobody.err).toMatch(/No CRM user has the e-mail nobody@example.com/);
  });

  it('imports the valid rows of a CSV file and names each rejected row with its reason', async () => {
    const file = path.join(temp.dataDir, 'people.csv');
    writeFileSync(
      file,
      [
        'Email,Name,Role,Team,Timezone,Slack ID,Teams ID',
        'ana.lopez@example.com,Ana Lopez,rep,LATAM,America/Bogota,U0ANA0001,',
        'bad-email,Bad Email,rep,LATAM,UTC,,',
        'ben.ode@example.com,Ben Ode,chief,LATAM,UTC,,',
        'cy.ng@example.com,Cy Ng,marketing,Marketing,Atlantis/Capital,,',
        'dana.kim@example.com,Dana Again,rep,EMEA,UTC,,',
        '"eve.ross@example.com","Ross, Eve",admin,Operations,UTC,,' + OTHER_TEAMS_ID,
        'ana.lopez@example.com,Ana Twice,rep,LATAM,UTC,,',
        'fay.li@example.com,Fay Li,manager,APAC,Asia/Singapore,,',
      ].join('\n'),
    );
    const result = await crmpro('users', 'import', file);
    expect(result.code).toBe(1);
    expect(result.out.split('\n')).toEqual([
      "row 2: 'bad-email' is not an e-mail address.",
      "row 3: 'chief' is not a role: use one of rep, manager, marketing, support, analyst, admin.",
      "row 4: 'Atlantis/Capital' is not a known time zone: use an IANA name such as Europe/Paris or America/New_York.",
      'row 5: A user with the e-mail dana.kim@example.com already exists (Dana Kim).',
      `row 6: The Teams user id (AAD object id) ${OTHER_TEAMS_ID} is already linked to Morgan Lee (morgan.lee@demo.crmpro.dev).`,
      'row 7: A user with the e-mail ana.lopez@example.com already exists (Ana Lopez).',
      'imported 2, rejected 6',
    ]);
    const emails = (await listed()).map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(['ana.lopez@example.com', 'fay.li@example.com']));
    expect(emails).not.toContain('eve.ross@example.com');
    expect((await listed()).find((u) => u.email === 'ana.lopez@example.com')).toMatchObject({
      slackUserId: 'U0ANA0001',
      team: 'LATAM',
    });

    const good = path.join(temp.dataDir, 'good.csv');
    writeFileSync(good, 'email,name,role\ngus.hall@example.com,Gus Hall,rep\n');
    expect(await crmpro('users', 'import', good)).toMatchObject({ code: 0, out: 'imported 1, rejected 0' });

    const headerless = path.join(temp.dataDir, 'headerless.csv');
    writeFileSync(headerless, 'mail,fullname\nx@example.com,X\n');
    const refused = await crmpro('users', 'import', headerless);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/has no email, role column/);
    expect((await crmpro('users', 'import', path.join(temp.dataDir, 'missing.csv'))).err).toMatch(
      /Cannot read .*no such file/,
    );
  });

  it('changes a role: the list and the resolved caller have the new one; a role that is none is refused', async () => {
    const resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'none',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
    });
    const fromDana = { channelId: 'msteams', from: { id: '29:dana', name: 'Dana', aadObjectId: TEAMS_ID } };
    const changed = await crmpro('users', 'set-role', '--email', 'dana.kim@example.com', '--role', 'Admin');
    expect(changed).toMatchObject({ code: 0, out: 'Dana Kim <dana.kim@example.com> is now admin' });
    expect((await listed('--role', 'admin')).map((u) => u.email)).toContain('dana.kim@example.com');
    expect(await resolver.resolve(fromDana, 'verified')).toMatchObject({ role: 'admin' });
    expect(
      (await crmpro('users', 'set-role', '--email', 'dana.kim@example.com', '--role', 'boss')).err,
    ).toMatch(/'boss' is not a role: use one of rep, manager, marketing, support, analyst, admin/);
    expect((await crmpro('users', 'set-role', '--email', 'nobody@example.com', '--role', 'rep')).err).toMatch(
      /No CRM user has the e-mail nobody@example.com/,
    );
    await crmpro('users', 'set-role', '--email', 'dana.kim@example.com', '--role', 'manager');
  });

  it('changes a time zone: the resolved caller has the new one; a zone that is none is refused', async () => {
    const resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'none',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
    });
    const fromDana = { channelId: 'msteams', from: { id: '29:dana', name: 'Dana', aadObjectId: TEAMS_ID } };
    const changed = await crmpro(
      'users',
      'set-timezone',
      '--email',
      'dana.kim@example.com',
      '--timezone',
      'europe/london',
    );
    expect(changed).toMatchObject({
      code: 0,
      out: 'Dana Kim <dana.kim@example.com> is now in Europe/London',
    });
    expect(await resolver.resolve(fromDana, 'verified')).toMatchObject({ timezone: 'Europe/London' });
    const refused = await crmpro(
      'users',
      'set-timezone',
      '--email',
      'dana.kim@example.com',
      '--timezone',
      'Mars/Base',
    );
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/'Mars\/Base' is not a time zone/);
    expect(await resolver.resolve(fromDana, 'verified')).toMatchObject({ timezone: 'Europe/London' });
  });

  it('deactivates a user: gone from the list and resolved on no channel any more', async () => {
    const resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'none',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
    });
    const fromDana = { channelId: 'msteams', from: { id: '29:dana', name: 'Dana', aadObjectId: TEAMS_ID } };
    const fromDanaOnSlack = { channelId: 'slack', from: { id: 'U024BE7LH', name: 'Dana' } };
    expect(await resolver.resolve(fromDana, 'verified')).toMatchObject({ role: 'manager' });
    const result = await crmpro('users', 'deactivate', '--email', 'dana.kim@example.com');
    expect(result).toMatchObject({ code: 0, out: 'deactivated Dana Kim <dana.kim@example.com>' });
    expect((await listed()).map((u) => u.email)).not.toContain('dana.kim@example.com');
    expect(await resolver.resolve(fromDana, 'verified')).toMatchObject({ role: 'visitor' });
    expect(await resolver.resolve(fromDanaOnSlack, 'verified')).toMatchObject({ role: 'visitor' });
    expect(await new UserDirectory(temp.store).byEmail('dana.kim@example.com')).toBeNull();
    expect((await crmpro('users', 'deactivate', '--email', 'dana.kim@example.com')).err).toMatch(
      /is deactivated/,
    );
    // Her ids stay hers: nobody else can take them over unnoticed.
    expect((await crmpro('users', 'link', '--email', REP_EMAIL, '--teams-id', TEAMS_ID)).err).toMatch(
      /already linked to Dana Kim \(dana.kim@example.com, deactivated\)/,
    );
  });
});
