export * from '../activities/quadrant/domain';
export * from '../activities/propositions/tally';
export * from '../activities/readiness/domain';
export * from '../activities/routemap/domain';
export * from '../activities/lessons/domain';
export * from '../activities/agenda/domain';
