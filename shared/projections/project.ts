import type { ReadModelName } from '../ports.ts';
import { projectArticles } from './articles.ts';
import { projectEntities } from './entities.ts';
import type { Facts } from './facts.ts';
import { projectMissions } from './missions.ts';
import type { ReadModelRow, ReadModelRows } from './rows.ts';
import { projectTimeline } from './timeline.ts';

export const READ_MODELS: readonly ReadModelName[] = ['missions', 'entities', 'timeline', 'articles'];

/** The rows of one read model, in the model's order. */
export function projectModel(facts: Facts, model: ReadModelName): ReadModelRow[] {
  switch (model) {
    case 'missions':
      return projectMissions(facts);
    case 'entities':
      return projectEntities(facts);
    case 'timeline':
      return projectTimeline(facts);
    case 'articles':
      return projectArticles(facts);
  }
}

/** All four read models. */
export function projectAll(facts: Facts): ReadModelRows {
  return {
    missions: projectMissions(facts),
    entities: projectEntities(facts),
    timeline: projectTimeline(facts),
    articles: projectArticles(facts),
  };
}
