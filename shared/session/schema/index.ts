export * from '../../core/layout';
export * from './types';
export * from './readBoard';
export * from './readControl';
export { boardRoot, controlRoot, namespaceOf } from '../../core/roots';
export {
  BOARD_ROOT,
  BOARD_ROOT_NAMES,
  BOARD_SLICES,
  ENTRY_ROOTS,
  type BoardRootName,
} from '../activities';
