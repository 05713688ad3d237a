import { describe, expect, it } from 'vitest';
import {
  AGENDA_ITEM_KINDS,
  QUADRANT_IDS,
  ROUTE_STEP_IDS,
  builtInTemplate,
  templateFromJson,
  templateToJson,
  validateTemplate,
  type WorkshopTemplate,
} from '../../shared/template';
import { LANGUAGES } from '../../shared/core/protocol';
import { lessonId, reasonId } from '../../shared/core/ids';

/** Every id in a template, in document order: nl and en must use the same ones. */
function idsOf(template: WorkshopTemplate): string[] {
  return [
    ...template.agenda.map((item) => item.id),
    ...template.meanings.definitions.map((item) => item.id),
    ...template.meanings.items.map((item) => item.id),
    ...template.reasons.flatMap((group) => [
      group.perspective,
      ...group.items.map((item) => item.id),
    ]),
    ...template.benefits.items.map((item) => item.id),
    ...template.quadrant.quadrants.map((item) => item.id),
    ...template.quadrant.examples.map((item) => item.id),
    ...template.barriers.facts.map((item) => item.id),
    ...template.barriers.categories.flatMap((category) => [
      category.id,
      ...category.items.map((item) => item.id),
    ]),
    ...template.routeMap.teamChoice.points.map((item) => item.id),
    ...template.routeMap.steps.flatMap((step) => [
      step.id,
      ...step.prompts.map((prompt) => prompt.id),
    ]),
    ...template.municipality.points.map((item) => item.id),
    ...template.municipality.successFactors.map((item) => item.id),
    ...template.lessons.map((item) => item.id),
    ...template.propositions.flatMap((proposition) => [
      proposition.id,
      ...proposition.choices.map((choice) => choice.id),
    ]),
  ];
}

describe('the built-in workshop "Collectief werken in de wijk"', () => {
  it.each(LANGUAGES)('passes its own validation in %s', (lang) => {
    const result = validateTemplate(builtInTemplate(lang));
    expect(result).toEqual({ ok: true, value: builtInTemplate(lang) });
  });

  it('uses the same ids in Dutch and English, so tallies mean the same in both', () => {
    expect(idsOf(builtInTemplate('en'))).toEqual(idsOf(builtInTemplate('nl')));
  });

  it('holds every part of the seeds', () => {
    const nl = builtInTemplate('nl');
    expect(nl.agenda.map((item) => item.kind)).toEqual([
      'welcome',
      'meanings',
      'quadrant',
      'why',
      'barriers',
      'routemap',
      'municipality',
      'lessons',
      'propositions',
      'takeaways',
    ]);
    expect(nl.meanings.items).toHaveLength(3);
    expect(nl.reasons.map((group) => group.perspective)).toEqual([
      'resident',
      'professional',
      'municipality',
    ]);
    expect(nl.benefits.items).toHaveLength(4);
    expect(nl.quadrant.quadrants.map((quadrant) => quadrant.id).sort()).toEqual(
      [...QUADRANT_IDS].sort(),
    );
    expect(nl.quadrant.examples.some((example) => example.text === 'Buurthuis')).toBe(true);
    expect(nl.barriers.categories.map((category) => category.items.length)).toEqual([4, 4, 3]);
    expect(nl.routeMap.steps.map((step) => step.id)).toEqual([...ROUTE_STEP_IDS]);
    expect(nl.routeMap.steps.find((step) => step.id === 'plan')?.prompts).toHaveLength(5);
    expect(nl.routeMap.check.fitsOutcome).toMatch(/sluit aan/i);
    expect(nl.routeMap.check.noFitOutcome).toMatch(/wie is dan aan zet/i);
    expect(nl.municipality.points).toHaveLength(3);
    expect(nl.municipality.quote).toContain('De gemeente de kaders, het wijkteam de inhoud');
    expect(nl.lessons).toHaveLength(7);
    expect(
      nl.propositions.map((proposition) => proposition.choices.map((choice) => choice.label)),
    ).toEqual([
      ['Eens', 'Neutraal', 'Oneens'],
      ['Eens', 'Neutraal', 'Oneens'],
      ['Eens', 'Neutraal', 'Oneens'],
    ]);
    expect(builtInTemplate('en').propositions[0]?.choices.map((choice) => choice.label)).toEqual([
      'Agree',
      'Neutral',
      'Disagree',
    ]);
    expect(nl.takeawayQuestion).toMatch(/neem je mee/);
  });

  it('gives a fresh copy each call, so editing one never changes the built-in', () => {
    const first = builtInTemplate('nl');
    first.lessons.pop();
    expect(builtInTemplate('nl').lessons).toHaveLength(7);
  });

  it('only uses agenda kinds the client knows', () => {
    for (const item of builtInTemplate('en').agenda) expect(AGENDA_ITEM_KINDS).toContain(item.kind);
  });
});

describe('validateTemplate', () => {
  it('refuses something that is not an object', () => {
    expect(validateTemplate('hello')).toEqual({
      ok: false,
      error: [{ code: 'not-an-object', path: '', message: 'must be an object' }],
    });
  });

  it('reports every broken field with its path', () => {
    const broken: Record<string, unknown> = { ...builtInTemplate('nl') };
    const agenda = structuredClone(builtInTemplate('nl').agenda) as unknown[];
    agenda[2] = { id: 'x', kind: 'dance', title: '', description: 'd', durationMinutes: -1 };
    broken.agenda = agenda;
    broken.lang = 'de';
    broken.lessons = [];
    const result = validateTemplate(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual(
      expect.arrayContaining([
        {
          code: 'not-one-of',
          allowed: ['nl', 'en'],
          path: 'lang',
          message: 'must be one of: nl, en',
        },
        {
          code: 'not-one-of',
          allowed: expect.any(Array),
          path: 'agenda[2].kind',
          message: expect.stringContaining('must be one of'),
        },
        { code: 'empty', path: 'agenda[2].title', message: 'must not be empty' },
        {
          code: 'out-of-range',
          min: 0,
          max: 600,
          path: 'agenda[2].durationMinutes',
          message: 'must be between 0 and 600',
        },
        { code: 'too-few', limit: 1, path: 'lessons', message: 'must have at least 1 item' },
      ]),
    );
  });

  it('refuses duplicate ids and points at the repeat', () => {
    const template = builtInTemplate('nl');
    const second = template.lessons[1];
    if (second === undefined) throw new Error('fixture');
    second.id = lessonId('lesson-1');
    const result = validateTemplate(template);
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'duplicate-id',
          value: 'lesson-1',
          path: 'lessons[1].id',
          message: 'duplicate id "lesson-1"',
        },
      ],
    });
  });

  it('refuses a reason and a barrier sharing an id (both live in recognitions)', () => {
    const template = builtInTemplate('nl');
    const barrier = template.barriers.categories[0]?.items[0];
    if (barrier === undefined) throw new Error('fixture');
    barrier.id = reasonId('reason-resident-normalised');
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('barriers.categories[0].items[0].id');
  });

  it('requires the route map steps in the method order', () => {
    const template = builtInTemplate('en');
    template.routeMap.steps.reverse();
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('routeMap.steps');
  });

  it('refuses a proposition with fewer than two choices and an example off the board', () => {
    const template = builtInTemplate('nl');
    const proposition = template.propositions[0];
    const example = template.quadrant.examples[0];
    if (proposition === undefined || example === undefined) throw new Error('fixture');
    proposition.choices = [{ id: 'only', label: 'Only' }];
    example.x = 1.5;
    const result = validateTemplate(template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((error) => error.path)).toEqual([
      'quadrant.examples[0].x',
      'propositions[0].choices',
    ]);
  });

  it('accepts an edited template: propositions, agenda items and prompts added or removed', () => {
    const template = builtInTemplate('nl');
    template.propositions.pop();
    template.propositions.push({
      id: 'own',
      text: 'Onze eigen stelling',
      choices: [
        { id: 'yes', label: 'Ja' },
        { id: 'no', label: 'Nee' },
      ],
    });
    template.agenda.splice(1, 1);
    template.routeMap.steps[0]?.prompts.push({ id: 'explore-own', text: 'Wat zien wij zelf?' });
    expect(validateTemplate(template).ok).toBe(true);
  });

  it('reads a template file without benefits (an optional part) as empty benefits', () => {
    const { benefits: _benefits, ...withoutBenefits } = builtInTemplate('nl');
    const result = validateTemplate(withoutBenefits);
    expect(result.ok && result.value.benefits).toEqual({ title: '', intro: '', items: [] });
  });

  it('drops unknown keys instead of refusing a file from a later version', () => {
    const result = validateTemplate({ ...builtInTemplate('en'), futureField: 1 });
    expect(result.ok && 'futureField' in result.value).toBe(false);
  });
});

describe('template JSON files', () => {
  it('save and load back to the same template', () => {
    const template = builtInTemplate('en');
    expect(templateFromJson(templateToJson(template))).toEqual({ ok: true, value: template });
  });

  it('loads a file saved with a byte order mark', () => {
    const template = builtInTemplate('nl');
    expect(templateFromJson(`\uFEFF${templateToJson(template)}`)).toEqual({
      ok: true,
      value: template,
    });
  });

  it('answers a file that is not JSON with one error at the root', () => {
    const result = templateFromJson('{ nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe('');
  });
});
