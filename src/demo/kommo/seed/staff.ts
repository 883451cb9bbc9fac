import { USER_IDS } from '../constants';
import type { KommoUser } from '../records';
import type { Rng } from './random';

/** Who does the work: responsible users, authors (0 = robot) and their groups. */

const WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [USER_IDS.ana, 2],
  [USER_IDS.bruno, 5],
  [USER_IDS.carla, 5],
  [USER_IDS.diego, 4],
  [USER_IDS.elena, 2],
  [USER_IDS.farid, 2],
];

export function pickUser(rng: Rng): number {
  return rng.weighted(WEIGHTS);
}

/** A user id, or 0 (robot/system) with the given probability. */
export function pickAuthor(rng: Rng, robotProbability = 0.1): number {
  return rng.chance(robotProbability) ? 0 : pickUser(rng);
}

export function groupOf(users: readonly KommoUser[], userId: number): number {
  return users.find((user) => user.id === userId)?.rights.group_id ?? 0;
}
