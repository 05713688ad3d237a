import { describe, expect, it } from 'vitest';
import { EXPORT_FILES } from '../../shared/core/protocol';
import { decodeBackup, exportFile, snapshotSession } from '../../shared/session/export';
import { filledSession } from './fixtures';

describe('exportFile', () => {
  const { control, board } = filledSession('nl');
  const snapshot = snapshotSession(control, board);

  it.each([
    ['report.md', 'text/markdown; charset=utf-8'],
    ['session.json', 'application/json; charset=utf-8'],
    ['initiatives.csv', 'text/csv; charset=utf-8'],
    ['votes.csv', 'text/csv; charset=utf-8'],
    ['takeaways.csv', 'text/csv; charset=utf-8'],
  ] as const)('serves %s as %s', (name, contentType) => {
    const file = exportFile(name, snapshot);
    expect(file.contentType).toBe(contentType);
    expect(file.body.length).toBeGreaterThan(0);
  });

  it('covers every export file of the protocol', () => {
    for (const name of EXPORT_FILES) expect(exportFile(name, snapshot).body).not.toBe('');
  });

  it('serves a backup that decodes', () => {
    expect(decodeBackup(exportFile('session.json', snapshot).body).ok).toBe(true);
  });

  it('dates the report in the time zone asked for', () => {
    const late = {
      ...snapshot,
      control: {
        ...snapshot.control,
        meta: { ...snapshot.control.meta, createdAt: Date.UTC(2023, 10, 16, 23, 30) },
      },
    };
    expect(exportFile('report.md', late).body).toContain('Datum: 17 november 2023');
    expect(exportFile('report.md', late, { timeZone: 'UTC' }).body).toContain(
      'Datum: 16 november 2023',
    );
  });
});
