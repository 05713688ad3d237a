import type { Language } from '../../shared/core/protocol';

/**
 * One set of strings in every language. The Dutch object's type is the shape: an English string
 * that is missing or has other parameters fails the type check.
 */
export type Localised<Strings> = Record<Language, Strings>;
