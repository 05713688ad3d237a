export * from '../../core/layout';
export * from './types';
export * from './readBoard';
export * from './readControl';
export { boardRoot, controlRoot, namespaceOf } from '../../core/roots';
