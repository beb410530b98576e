import { AsyncLocalStorage } from 'node:async_hooks';
import { CrmError, ErrorCode } from '../../core/errors';

/** How many chat-model calls a piece of work may still make, and how many it made. */
export class ModelCallMeter {
  private spent = 0;

  constructor(readonly limit: number) {}

  /** Model calls made so far. */
  get used(): number {
    return this.spent;
  }

  /** True while another call is allowed. */
  get hasRoom(): boolean {
    return this.spent < this.limit;
  }

  /** Counts one call; false (and nothing counted) when the limit is reached. */
  tryUse(): boolean {
    if (!this.hasRoom) return false;
    this.spent += 1;
    return true;
  }
}

const meters = new AsyncLocalStorage<ModelCallMeter>();

/**
 * Runs `work` with `meter` counting every chat-model call made inside it, however deep (a skill
 * writing a knowledge answer, the agent's rounds), so one budget covers a whole turn without
 * threading a counter through every layer.
 */
export function meteringModelCalls<T>(meter: ModelCallMeter, work: () => Promise<T>): Promise<T> {
  return meters.run(meter, work);
}

/** The meter of the work in progress, if any. */
export function currentModelCallMeter(): ModelCallMeter | undefined {
  return meters.getStore();
}

/**
 * Counts one chat-model call against the current meter (none: unlimited). Throws UNAVAILABLE,
 * before any request is made, when the meter's limit is reached.
 */
export function spendModelCall(): void {
  const meter = meters.getStore();
  if (meter && !meter.tryUse())
    throw new CrmError(ErrorCode.Unavailable, 'The language model budget of this conversation is used up.');
}
