export * from './types';
export { builtInTemplate } from './builtIn';
export { emptyContent } from './empty';
export { defaultChoices, DEFAULT_CHOICE_IDS } from '../activities/propositions/choices';
export {
  validateTemplate,
  CONTENT_DECODERS,
  choicesDecoder,
  propositionTemplateDecoder,
} from './validate';
export { templateToJson, templateFromJson } from './json';
