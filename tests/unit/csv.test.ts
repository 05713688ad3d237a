import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CSV_DIALECTS,
  initiativesCsv,
  neutraliseFormula,
  renderCsv,
  snapshotSession,
  takeawaysCsv,
  votesCsv,
} from '../../shared/session/export';
import { addInitiative, addTakeaway, registerParticipant } from '../../shared/session/actions';
import { BOM, isoTime } from '../../shared/core/report/csvText';
import { filledSession, must, newSession, T0 } from './fixtures';
import { parseCsv } from './csvParse';
import { acceptedText, hostileText } from './arbitraries';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

const FORMULA_START = /^[=+\-@\t\r]/;

function rowsOf(csv: string, delimiter: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return parseCsv(csv.slice(BOM.length), delimiter);
}

describe('CSV cells', () => {
  it('neutralises cells that would start a formula', () => {
    for (const text of ['=1+1', '+31 6', '-5', '@SUM(A1)', '\tx', '\rx', ' =x', '＝HYPERLINK()']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
    expect(neutraliseFormula('Moestuin')).toBe('Moestuin');
  });

  it('writes timestamps as ISO 8601 in UTC to the second, whatever the time zone', () => {
    // Was 2026-12-02T16:22:00.000Z; a reader's local time (17:22+01:00 in Amsterdam) never appears.
    expect(isoTime(Date.UTC(2026, 11, 2, 16, 22, 0, 456))).toBe('2026-12-02T16:22:00Z');
  });

  it('quotes delimiters, quotes and line breaks; writes numbers in the dialect', () => {
    const nl = renderCsv([['a;b', 'say "hi"', 'two\nlines', 0.55, -1]], CSV_DIALECTS.nl);
    expect(nl).toBe(`${BOM}"a;b";"say ""hi""";"two\nlines";0,55;-1\r\n`);
    const en = renderCsv([['a,b', 0.55]], CSV_DIALECTS.en);
    expect(en).toBe(`${BOM}"a,b",0.55\r\n`);
  });

  it('property: hostile text reads back as exactly one cell, never a formula', () => {
    for (const lang of ['nl', 'en'] as const) {
      const dialect = CSV_DIALECTS[lang];
      fc.assert(
        fc.property(
          fc.array(fc.array(hostileText(), { minLength: 1, maxLength: 4 }), {
            minLength: 1,
            maxLength: 4,
          }),
          (table) => {
            const rows = rowsOf(renderCsv(table, dialect), dialect.delimiter);
            expect(rows).toHaveLength(table.length);
            rows.forEach((row, r) => {
              expect(row).toHaveLength(table[r]?.length ?? -1);
              row.forEach((cell, c) => {
                expect(FORMULA_START.test(cell)).toBe(false);
                expect(cell).toBe(neutraliseFormula(table[r]?.[c] ?? ''));
              });
            });
          },
        ),
      );
    }
  });
});

describe('initiatives.csv', () => {
  it('lists every initiative with author, position and quadrant name, Dutch dialect', () => {
    const { control, board } = filledSession('nl');
    const rows = rowsOf(initiativesCsv(snapshotSession(control, board)), ';');
    expect(rows[0]?.[0]).toBe('Id');
    expect(rows.find((row) => row[0] === 'garden')).toEqual([
      'garden',
      'Anna',
      'Inwoner',
      'Buurtmoestuin',
      'geel',
      '0,8',
      '0,7',
      'Collectief, door inwoners',
      '2023-11-16T09:00:00Z',
    ]);
    expect(rows.find((row) => row[0] === 'centre')?.[7]).toBe('Ertussenin');
  });

  it('leaves out the facilitator’s examples: they are no outcome', () => {
    const { control, board } = filledSession('nl');
    const rows = rowsOf(initiativesCsv(snapshotSession(control, board)), ';');
    expect(rows.slice(1).map((row) => row[0])).toEqual(['garden', 'walk', 'centre']);
    expect(rows.some((row) => row[1] === 'Begeleider')).toBe(false);
  });

  it('uses commas and decimal points for an English session', () => {
    const { control, board } = filledSession('en');
    const rows = rowsOf(initiativesCsv(snapshotSession(control, board)), ',');
    expect(rows.find((row) => row[0] === 'walk')?.[4]).toBe('yellow');
    expect(rows.find((row) => row[0] === 'walk')?.slice(5, 8)).toEqual([
      '0.5',
      '-0.6',
      'Collective, by professionals',
    ]);
  });

  it('property: hostile initiative texts and names keep the file’s shape', () => {
    fc.assert(
      fc.property(acceptedText(), acceptedText(20), (text, name) => {
        const { control, board } = newSession('nl');
        must(registerParticipant(board, asParticipantId('p'), { name, joinedAt: T0 }));
        must(
          addInitiative(board, asParticipantId('p'), {
            id: asInitiativeId('i'),
            text,
            x: -0.5,
            y: 0.5,
            at: T0,
          }),
        );
        must(addTakeaway(board, asParticipantId('p'), { id: asTakeawayId('t'), text, at: T0 }));
        const snapshot = snapshotSession(control, board);
        const initiatives = rowsOf(initiativesCsv(snapshot), ';');
        expect(initiatives).toHaveLength(2);
        expect(initiatives[1]).toHaveLength(9);
        expect(initiatives[1]?.[3]).toBe(neutraliseFormula(text.trim()));
        expect(initiatives[1]?.[5]).toBe('-0,5');
        const takeaways = rowsOf(takeawaysCsv(snapshot), ';');
        expect(takeaways[1]).toHaveLength(4);
        for (const row of [...initiatives, ...takeaways]) {
          for (const cell of row)
            expect(FORMULA_START.test(cell) && !/^-\d/.test(cell)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('votes.csv and takeaways.csv', () => {
  it('gives counts, percentages and the perspective split per choice, without who voted what', () => {
    const { control, board } = filledSession('nl');
    const rows = rowsOf(votesCsv(snapshotSession(control, board)), ';');
    expect(rows[0]).toEqual([
      'Nr',
      'Stelling',
      'Status',
      'Keuze',
      'Stemmen',
      'Procent',
      'Inwoners',
      'Professionals',
      'Gemeente',
      'Anders',
      'Niet opgegeven',
    ]);
    // Secret ballot: every perspective group has one voter (below the threshold of 3), so none is
    // shown on its own; the total still counts them.
    const few = 'te weinig stemmen om apart te tonen';
    expect(
      rows.slice(1, 4).map((row) => [row[0], row[3], row[4], row[5], row[6], row[7], row[8]]),
    ).toEqual([
      ['1', 'Eens', '2', '67', few, few, few],
      ['1', 'Neutraal', '0', '0', few, few, few],
      ['1', 'Oneens', '1', '33', few, few, few],
    ]);
    expect(rows).toHaveLength(1 + 3 * 3);
    expect(rows.flat().some((cell) => cell === 'anna' || cell === 'Anna')).toBe(false);
  });

  it('lists takeaways with author and perspective', () => {
    const { control, board } = filledSession('en');
    const rows = rowsOf(takeawaysCsv(snapshotSession(control, board)), ',');
    expect(rows).toEqual([
      ['Author', 'Perspective', 'Text', 'Created'],
      ['Cees', 'Municipality', 'Heldere opdracht geven', '2023-11-16T09:00:00Z'],
    ]);
  });
});
