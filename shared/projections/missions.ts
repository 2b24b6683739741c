import type { DeploymentAnnounced, DomainEvent } from '../events/contracts.ts';
import { isPlacement, type PlacementEvent } from '../event-types/models.ts';
import { compareDates, earliest } from './dates.ts';
import type { Facts } from './facts.ts';
import { visibleEvents } from './facts.ts';
import { missionKey } from './keys.ts';
import type { MissionRow } from './rows.ts';
import { placeRef, representative, sourcesOf } from './sources.ts';

type MissionEvent = PlacementEvent;
const isMissionEvent = isPlacement;

/** Most recent dated deployment stating a head count; ties: later published article, then greater id. */
function personnelSource(deployments: readonly DeploymentAnnounced[]): DeploymentAnnounced | undefined {
  let best: DeploymentAnnounced | undefined;
  for (const d of deployments) {
    if (d.personnel === null || d.occurredOn === null) continue;
    if (!best) {
      best = d;
      continue;
    }
    const byDate = compareDates(d.occurredOn, best.occurredOn!);
    const byPublished = compareDates(d.article.published ?? '', best.article.published ?? '');
    if (byDate > 0 || (byDate === 0 && (byPublished > 0 || (byPublished === 0 && d.id > best.id)))) best = d;
  }
  return best;
}

/**
 * The row of one mission from its visible events (other events are ignored); undefined when it has none.
 * `key` must be the events' `missionKey`.
 */
export function projectMission(key: string, visible: readonly DomainEvent[]): MissionRow | undefined {
  const events = visible.filter(isMissionEvent).filter((e) => missionKey(e.actor, e.location) === key);
  if (events.length === 0) return undefined;
  const deployments = events.filter((e): e is DeploymentAnnounced => e.type === 'DeploymentAnnounced');
  const withdrawals = events.filter((e) => e.type === 'WithdrawalBegun');
  const staffed = personnelSource(deployments);
  return {
    key,
    actor: representative(events.map((e) => placeRef(e.actor))),
    location: representative(events.map((e) => placeRef(e.location))),
    status: withdrawals.length > 0 ? 'withdrawing' : 'announced',
    personnel: staffed?.personnel ?? null,
    personnelOn: staffed?.occurredOn ?? null,
    announcedOn: earliest(deployments.map((e) => e.occurredOn)),
    withdrawalBegunOn: earliest(withdrawals.map((e) => e.occurredOn)),
    ...sourcesOf(events),
  };
}

/** All mission rows, by key. */
export function projectMissions(facts: Facts): MissionRow[] {
  const byKey = new Map<string, MissionEvent[]>();
  for (const e of visibleEvents(facts)) {
    if (!isMissionEvent(e)) continue;
    const key = missionKey(e.actor, e.location);
    const group = byKey.get(key);
    if (group) group.push(e);
    else byKey.set(key, [e]);
  }
  return [...byKey.keys()]
    .sort()
    .map((key) => projectMission(key, byKey.get(key)!))
    .filter((row): row is MissionRow => row !== undefined);
}
