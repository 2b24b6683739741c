import type { DeploymentAnnounced, DomainEvent } from '../events/contracts.ts';
import { isPlacement } from '../event-types/models.ts';
import { conflictsOf } from './conflicts.ts';
import type { Facts } from './facts.ts';
import { visibleEvents } from './facts.ts';
import { distinctFigures, figuresOf } from './figures.ts';
import { theatreKey } from './keys.ts';
import { lifecycleOf } from './lifecycle.ts';
import { decideMissions, type DecidedMission } from './mission-identity.ts';
import type { MissionRow } from './rows.ts';
import { placeRef, representative, sourcesOf } from './sources.ts';

/** The row of one decided mission. */
function missionRow({ key, place, events }: DecidedMission): MissionRow {
  const deployments = events.filter((e): e is DeploymentAnnounced => e.type === 'DeploymentAnnounced');
  const figures = distinctFigures(deployments);
  return {
    key,
    actor: representative(events.map((e) => placeRef(e.actor))),
    location: placeRef(place),
    country: placeRef(place.root),
    area: place.area?.name ?? null,
    within: place.within,
    ...lifecycleOf(events),
    ...figuresOf(figures),
    conflicts: conflictsOf(events, figures),
    ...sourcesOf(events),
  };
}

/**
 * The mission rows of one theatre (`theatreKey`) from its visible events (events of other theatres, and
 * dissolutions, are ignored), by key.
 */
export function projectTheatre(theatre: string, visible: readonly DomainEvent[]): MissionRow[] {
  const events = visible.filter(isPlacement).filter((e) => theatreKey(e) === theatre);
  return decideMissions(events).map(missionRow);
}

/** All mission rows, by key. */
export function projectMissions(facts: Facts): MissionRow[] {
  return decideMissions(visibleEvents(facts).filter(isPlacement)).map(missionRow);
}
