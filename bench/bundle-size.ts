/**
 * The participant's first load after `vite build`: the entry script of dist/client/index.html
 * plus every chunk it modulepreloads, gzipped one by one (as a server would send them). The
 * presenter, report and export code must not be in it: they load on demand.
 *
 *   npx tsx bench/bundle-size.ts        (after `npm run build`)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.join(import.meta.dirname, '../dist/client');
export const FIRST_LOAD_LIMIT_BYTES = 160 * 1024;

export type BundleReport =
  | { measured: false; reason: string }
  | {
      measured: true;
      files: Array<{ file: string; bytes: number; gzipBytes: number }>;
      gzipBytes: number;
      limitBytes: number;
      withinLimit: boolean;
    };

/** Script and modulepreload URLs in the built index.html, in document order. */
export function firstLoadScripts(indexHtml: string): string[] {
  const urls: string[] = [];
  const tag = /<(script|link)\b[^>]*>/g;
  for (const match of indexHtml.matchAll(tag)) {
    const element = match[0];
    const isModuleScript = element.startsWith('<script') && /type="module"/.test(element);
    const isPreload = element.startsWith('<link') && /rel="modulepreload"/.test(element);
    const url = /(?:src|href)="([^"]+)"/.exec(element)?.[1];
    if ((isModuleScript || isPreload) && url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

export async function measureBundle(): Promise<BundleReport> {
  let indexHtml: string;
  try {
    indexHtml = await readFile(path.join(DIST, 'index.html'), 'utf8');
  } catch {
    return {
      measured: false,
      reason: 'dist/client/index.html not found: run `npm run build` first',
    };
  }
  const files = [];
  for (const url of firstLoadScripts(indexHtml)) {
    const content = await readFile(path.join(DIST, url.replace(/^\//, '')));
    files.push({ file: url, bytes: content.byteLength, gzipBytes: gzipSync(content).byteLength });
  }
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return {
    measured: true,
    files,
    gzipBytes,
    limitBytes: FIRST_LOAD_LIMIT_BYTES,
    withinLimit: gzipBytes <= FIRST_LOAD_LIMIT_BYTES,
  };
}

export function renderBundle(report: BundleReport): string {
  if (!report.measured) return `participant first load: skipped (${report.reason})`;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const lines = report.files.map(
    (file) => `  ${file.file}: ${kb(file.bytes)} raw, ${kb(file.gzipBytes)} gzip`,
  );
  const verdict = report.withinLimit ? 'within' : 'OVER';
  return [
    `participant first load (entry + modulepreload, gzip): ${kb(report.gzipBytes)}, ${verdict} the ${kb(report.limitBytes)} limit`,
    ...lines,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(renderBundle(await measureBundle()));
}
