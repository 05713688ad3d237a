import { useState } from 'react';
import type { FieldError } from '../../../shared/core/errors';
import { readTemplate } from '../../../shared/session/schema/readControl';
import { templateToJson } from '../../../shared/template/json';
import { validateTemplate } from '../../../shared/template/validate';
import { useSession } from '../../session/hooks';
import { saveBlob } from '../report/download';

/** A file name people recognise in their downloads folder: the title, made safe. */
export function templateFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug === '' ? 'collectief' : slug}.template.json`;
}

/**
 * The session's programme as a template file. It is checked with the same validator the home
 * page uses on upload, so a file that downloads is a file that loads; if the session holds
 * something the validator refuses, the facilitator sees what instead of a file that fails later.
 */
export function useTemplateDownload() {
  const control = useSession().docs.control;
  const [problems, setProblems] = useState<FieldError[]>([]);
  const download = () => {
    const template = readTemplate(control);
    const checked = validateTemplate(JSON.parse(templateToJson(template)));
    if (!checked.ok) {
      setProblems(checked.error);
      return;
    }
    setProblems([]);
    const blob = new Blob([templateToJson(checked.value)], { type: 'application/json' });
    saveBlob(blob, templateFileName(template.title));
  };
  return { download, problems };
}
