/**
 * Template validation: a template file is untrusted input (a facilitator may hand-edit it), so
 * every field is checked and every problem reported with its path. The part decoders are
 * exported too: editing one part of a live session's content (actions/content.ts) uses them.
 */
import { type FieldError, fieldError } from '../core/errors';
import { type Result, ok, err } from '../core/result';
import { LANGUAGES, LIMITS } from '../core/protocol';
import type { Choice } from '../core/layout';
import {
  type Decoder,
  arrayOf,
  duplicateIds,
  id,
  integerIn,
  joinPath,
  literal,
  numberIn,
  object,
  oneOf,
  refine,
  text,
  withDefault,
} from '../core/decode';
import { agendaItemIdDecoder, lessonIdDecoder, reasonIdDecoder } from '../core/ids';
import {
  AGENDA_ITEM_KINDS,
  QUADRANT_IDS,
  REASON_PERSPECTIVES,
  ROUTE_STEP_IDS,
  TEMPLATE_FORMAT_VERSION,
  type ContentKey,
  type SessionContent,
  type TextItem,
  type WorkshopTemplate,
} from './types';

const MAX_LIST = 50;
const title = text({ max: LIMITS.templateTextMaxLength });
const body = text({ min: 0, max: LIMITS.templateTextMaxLength });

/** A list of texts with unique ids; `idDecoder` brands the ids of lists participants act on. */
function textItems<Id extends string>(
  min: number,
  max: number,
  idDecoder: Decoder<Id>,
): Decoder<TextItem<Id>[]> {
  return refine(arrayOf(object({ id: idDecoder, text: title }), { min, max }), (items, path) =>
    duplicateIds(items, path),
  );
}
const plainTexts = (min: number, max = MAX_LIST) => textItems(min, max, id);
const reasonTexts = (min: number) => textItems(min, MAX_LIST, reasonIdDecoder);

export const choiceDecoder: Decoder<Choice> = object({ id, label: text({ max: 60 }) });
export const choicesDecoder: Decoder<Choice[]> = refine(
  arrayOf(choiceDecoder, { min: 2, max: 10 }),
  (items, path) => duplicateIds(items, path),
);

const agendaItem = object({
  id: agendaItemIdDecoder,
  kind: oneOf(AGENDA_ITEM_KINDS),
  title,
  description: body,
  durationMinutes: integerIn(0, 600),
});

const meanings = object({
  title,
  definitions: refine(
    arrayOf(object({ id, term: title, definition: title }), { max: MAX_LIST }),
    duplicateIds,
  ),
  items: plainTexts(1),
});

const reasonGroup = object({
  perspective: oneOf(REASON_PERSPECTIVES),
  title,
  intro: body,
  items: refine(
    arrayOf(object({ id: reasonIdDecoder, text: title, keyword: body }), {
      min: 1,
      max: MAX_LIST,
    }),
    duplicateIds,
  ),
});

const benefits = withDefault(object({ title: body, intro: body, items: reasonTexts(0) }), {
  title: '',
  intro: '',
  items: [],
});

const axis = object({ title: body, negative: title, positive: title });
const position = numberIn(-1, 1);

const quadrant = object({
  title,
  question: body,
  xAxis: axis,
  yAxis: axis,
  quadrants: refine(
    arrayOf(object({ id: oneOf(QUADRANT_IDS), name: title, description: body }), {
      min: 4,
      max: 4,
    }),
    (items, path) => duplicateIds(items, path),
  ),
  between: object({ name: title, description: body }),
  examples: refine(
    arrayOf(
      object({
        id,
        text: text({ max: LIMITS.initiativeTextMaxLength }),
        x: position,
        y: position,
        note: body,
      }),
      {
        max: MAX_LIST,
      },
    ),
    duplicateIds,
  ),
});

const barriers = object({
  title,
  intro: body,
  facts: plainTexts(0),
  categories: refine(
    arrayOf(object({ id, title, items: reasonTexts(1) }), { min: 1, max: 10 }),
    duplicateIds,
  ),
});

const routeStep = object({
  id: oneOf(ROUTE_STEP_IDS),
  phase: title,
  title,
  intro: body,
  prompts: plainTexts(0),
});

/** The flow (domain/routemap.ts) needs every step exactly once, in the method's order. */
function everyStepOnce(steps: readonly { id: string }[], path: string): FieldError[] {
  const ids = steps.map((step) => step.id);
  if (ids.join() === ROUTE_STEP_IDS.join()) return [];
  return [fieldError(path, { code: 'route-steps', steps: ROUTE_STEP_IDS })];
}

const routeMap = object({
  title,
  intro: body,
  teamChoice: object({ title, points: plainTexts(0), quote: body }),
  steps: refine(
    arrayOf(routeStep, { min: ROUTE_STEP_IDS.length, max: ROUTE_STEP_IDS.length }),
    everyStepOnce,
  ),
  check: object({
    handsQuestion: title,
    fitsCondition: title,
    fitsOutcome: title,
    fitsFollowUp: body,
    noFitCondition: title,
    noFitOutcome: title,
  }),
});

const municipality = object({
  title,
  points: plainTexts(1),
  quote: body,
  successFactorsIntro: body,
  successFactors: plainTexts(0),
});

export const propositionTemplateDecoder = object({
  id,
  text: text({ max: LIMITS.propositionTextMaxLength }),
  choices: choicesDecoder,
});

/** One decoder per CONTROL `content` key. */
export const CONTENT_DECODERS: { [K in ContentKey]: Decoder<SessionContent[K]> } = {
  intro: body,
  agenda: refine(arrayOf(agendaItem, { min: 1, max: MAX_LIST }), duplicateIds),
  meanings,
  reasons: refine(
    arrayOf(reasonGroup, { min: 1, max: REASON_PERSPECTIVES.length }),
    (groups, path) =>
      duplicateKeys(
        groups.map((group) => group.perspective),
        path,
        'perspective',
      ),
  ),
  quadrant,
  barriers,
  routeMap,
  municipality,
  lessons: textItems(1, 20, lessonIdDecoder),
  takeawayQuestion: title,
  benefits,
};

const templateShape = object({
  formatVersion: literal(TEMPLATE_FORMAT_VERSION),
  lang: oneOf(LANGUAGES),
  title: text({ max: LIMITS.sessionTitleMaxLength }),
  ...CONTENT_DECODERS,
  propositions: refine(arrayOf(propositionTemplateDecoder, { max: MAX_LIST }), duplicateIds),
});

function duplicateKeys(keys: readonly string[], path: string, field: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  keys.forEach((key, index) => {
    if (seen.has(key))
      errors.push(
        fieldError(joinPath(joinPath(path, index), field), { code: 'duplicate-key', value: key }),
      );
    seen.add(key);
  });
  return errors;
}

/**
 * Participants mark reasons and barrier items in one `recognitions` map, so those ids must not
 * collide with each other.
 */
function recognisableIdsUnique(template: WorkshopTemplate): FieldError[] {
  const seen = new Map<string, string>();
  const errors: FieldError[] = [];
  const visit = (itemId: string, path: string) => {
    const first = seen.get(itemId);
    if (first !== undefined)
      errors.push(fieldError(path, { code: 'id-taken', value: itemId, firstPath: first }));
    else seen.set(itemId, path);
  };
  template.reasons.forEach((group, g) =>
    group.items.forEach((item, i) => visit(item.id, `reasons[${g}].items[${i}].id`)),
  );
  template.benefits.items.forEach((item, i) => visit(item.id, `benefits.items[${i}].id`));
  template.barriers.categories.forEach((category, c) =>
    category.items.forEach((item, i) => visit(item.id, `barriers.categories[${c}].items[${i}].id`)),
  );
  return errors;
}

export function validateTemplate(json: unknown): Result<WorkshopTemplate, FieldError[]> {
  const decoded = templateShape(json, '');
  if (!decoded.ok) return decoded;
  const template: WorkshopTemplate = decoded.value;
  const problems = recognisableIdsUnique(template);
  return problems.length > 0 ? err(problems) : ok(template);
}
