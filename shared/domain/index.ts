export * from './quadrant';
export * from './tally';
export * from './readiness';
export * from './routemap';
export * from './dots';
export * from './timer';
