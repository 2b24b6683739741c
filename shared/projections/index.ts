// Pure projections: log events → facts → read-model rows. No AWS imports; the stores build on these.
export * from './articles.ts';
export * from './dates.ts';
export * from './entities.ts';
export * from './facts.ts';
export * from './filter.ts';
export * from './in-memory-store.ts';
export * from './keys.ts';
export * from './missions.ts';
export * from './project.ts';
export * from './rows.ts';
export * from './sorted-json.ts';
export * from './sources.ts';
export * from './timeline.ts';
