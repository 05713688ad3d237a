/** Saving and loading a template as a JSON file. */
import { type FieldError, fieldError } from '../core/errors';
import { type Result, err } from '../core/result';
import type { WorkshopTemplate } from './types';
import { validateTemplate } from './validate';

export function templateToJson(template: WorkshopTemplate): string {
  return `${JSON.stringify(template, null, 2)}\n`;
}

/** A file's text in, a checked template or every problem out (a parse error has path ""). */
export function templateFromJson(jsonText: string): Result<WorkshopTemplate, FieldError[]> {
  let parsed: unknown;
  try {
    // Editors on Windows often save UTF-8 with a BOM, which JSON.parse refuses.
    parsed = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (parseError) {
    const reason = parseError instanceof Error ? parseError.message : String(parseError);
    return err([fieldError('', { code: 'not-json', reason })]);
  }
  return validateTemplate(parsed);
}
