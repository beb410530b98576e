import type { Task, User } from '../../vocabulary';
import { addDays } from './calendar';
import type { SeedDocument, SeedWindow } from './demo-crm';
import type { DealPlan } from './demo-deals';
import { DEMO_REP_EMAIL } from './demo-users';
import type { Random } from './random';

const OPEN_TASK_TITLES = [
  (deal: string) => `Send revised quote for ${deal}`,
  (deal: string) => `Prepare a mutual close plan for ${deal}`,
  (deal: string) => `Confirm the signature date for ${deal}`,
  (deal: string) => `Book a security review call for ${deal}`,
];

/**
 * A few follow-ups per rep on their open deals (some overdue), the demo rep's on Initech and Acme,
 * and some done ones from the past.
 */
export function generateTasks(
  random: Random,
  window: SeedWindow,
  users: readonly SeedDocument<User>[],
  plans: readonly DealPlan[],
): SeedDocument<Task>[] {
  const tasks: SeedDocument<Task>[] = [];
  const add = (
    title: string,
    ownerId: string,
    dueAt: Date,
    status: Task['status'],
    plan?: DealPlan,
    contactId?: string,
  ) => {
    const createdAt = addDays(dueAt, -random.uniform(2, 14));
    tasks.push({
      _id: random.idAt(createdAt),
      title,
      ownerId,
      dueAt,
      status,
      ...(plan ? { accountId: plan.deal.accountId, dealId: plan.deal._id } : {}),
      ...(contactId ? { contactId } : {}),
      createdAt: createdAt < window.anchor ? createdAt : addDays(window.anchor, -1),
    });
  };
  const due = (from: number, to: number) => addDays(window.anchor, random.int(from, to) + 17 / 24);

  const open = plans.filter((plan) => !plan.deal.closedAt);
  for (const rep of users.filter((user) => user.role === 'rep')) {
    const mine = open.filter((plan) => plan.deal.ownerId === rep._id);
    for (const plan of random.sample(mine, rep.email === DEMO_REP_EMAIL ? 4 : random.int(1, 2))) {
      add(random.pick(OPEN_TASK_TITLES)(plan.deal.name), rep._id, due(-3, 14), 'open', plan);
    }
  }
  const sam = users.find((user) => user.email === DEMO_REP_EMAIL);
  const initech = open.find((plan) => plan.context.account.name === 'Initech');
  const jane = initech?.context.contacts.find((contact) => contact.firstName === 'Jane');
  if (sam && initech)
    add('Follow up with Jane Cooper on the security review', sam._id, due(1, 3), 'open', initech, jane?._id);
  const acme = open.find((plan) => plan.context.account.name === 'Acme Corporation');
  if (sam && acme) add('Prepare the QBR deck for Acme Corporation', sam._id, due(3, 7), 'open', acme);

  const closed = plans.filter(
    (plan) => plan.deal.closedAt && plan.deal.closedAt > addDays(window.anchor, -120),
  );
  for (const plan of random.sample(closed, 10)) {
    add(
      `Send the order form for ${plan.deal.name}`,
      plan.deal.ownerId,
      addDays(plan.deal.closedAt!, -random.int(2, 10)),
      'done',
      plan,
    );
  }
  return tasks;
}
