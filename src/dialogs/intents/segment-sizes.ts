import { isCrmError, ErrorCode } from '../../core/errors';
import { segmentMembers, type SegmentMembers } from '../../skills/segments';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { Region } from '../../vocabulary';

/** How many accounts one segment holds (for the caller, in a region when one was named). */
export interface SegmentSize {
  segment: string;
  accounts: number;
}

/** Every segment's size, highest value first, as the caller may see it. */
export interface SegmentSizes {
  sizes: SegmentSize[];
  region?: Region;
  asOf: string;
  limitedTo?: string;
}

/**
 * The size of every current segment ("how big is each of our segments", "accounts per segment"):
 * one `segment-members` call per segment, so each count is what that skill would list for this
 * caller (their visibility, the region asked). The segments are those the first call reports as
 * available (a CRM's segments are named from its own data, so no list is assumed).
 */
export async function segmentSizesOf(
  skills: SkillRunner,
  caller: Caller,
  region?: Region,
): Promise<SegmentSizes> {
  const first = await firstSegment(skills, caller, region);
  const sizes: SegmentSize[] = [];
  for (const segment of first.available) {
    const members =
      first.segments.length === 1 && first.segments[0] === segment
        ? first
        : await skills.call(segmentMembers, { segment, limit: 1, ...(region ? { region } : {}) }, caller);
    sizes.push({ segment, accounts: members.total });
  }
  return {
    sizes,
    ...(region ? { region } : {}),
    asOf: first.asOf,
    ...(first.limitedTo ? { limitedTo: first.limitedTo } : {}),
  };
}

/** A first segment list, for the names of the segments there are (the top one is always "Champions"). */
async function firstSegment(skills: SkillRunner, caller: Caller, region?: Region): Promise<SegmentMembers> {
  try {
    return await skills.call(
      segmentMembers,
      { segment: 'champions', limit: 1, ...(region ? { region } : {}) },
      caller,
    );
  } catch (error) {
    const available = isCrmError(error, ErrorCode.NotFound) ? error.details?.available : undefined;
    if (!Array.isArray(available) || typeof available[0] !== 'string') throw error;
    return skills.call(
      segmentMembers,
      { segment: available[0], limit: 1, ...(region ? { region } : {}) },
      caller,
    );
  }
}
