import { hideText } from '../../shared/session/moderation';
import { exportFile } from '../../shared/session/export/exportFile';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeMarkdown, renderMarkdownReport, snapshotSession } from '../../shared/session/export';
import {
  addInitiative,
  addRouteNote,
  advanceRoute,
  decideCheck,
  openCheckPoll,
  setCheckHand,
  addTakeaway,
  registerParticipant,
  setSessionTitle,
} from '../../shared/session/actions';
import { filledSession, must, newSession, T0 } from './fixtures';
import { acceptedText, hostileText } from './arbitraries';
import {
  initiativeId as asInitiativeId,
  participantId as asParticipantId,
  routeNoteId as asRouteNoteId,
  takeawayId as asTakeawayId,
} from '../../shared/core/ids';

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029]/g;

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

describe('escapeMarkdown', () => {
  it('escapes what would become emphasis, links, images, HTML, entities and table cells', () => {
    expect(escapeMarkdown('*bold* _it_ [x](y) ![i](j) <b>|</b> `c` ~s~ &amp; &#60;')).toBe(
      '\\*bold\\* \\_it\\_ \\[x\\](y) !\\[i\\](j) \\<b\\>\\|\\</b\\> \\`c\\` \\~s\\~ \\&amp; \\&#60;',
    );
  });

  it('leaves punctuation that Markdown does not read as written', () => {
    expect(escapeMarkdown('Collectiviteit kost tijd!')).toBe('Collectiviteit kost tijd!');
    expect(escapeMarkdown('Koffie (en thee) om 10:30 & {later} #2 C#')).toBe(
      'Koffie (en thee) om 10:30 & {later} #2 C#',
    );
  });

  it('escapes what would start a heading, list, quote or ordered list', () => {
    expect(escapeMarkdown('# Kop')).toBe('\\# Kop');
    expect(escapeMarkdown('Kop ##')).toBe('Kop \\##');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('=====')).toBe('\\=====');
  });

  it('leaves nothing a linkifier would turn into a link: URLs, www., bare domains, e-mail', () => {
    expect(escapeMarkdown('zie https://evil.example/x?a=1')).toBe(
      'zie https\\://evil\\.example/x?a=1',
    );
    expect(escapeMarkdown('www.evil.example')).toBe('www\\.evil\\.example');
    expect(escapeMarkdown('mail jan@evil.example')).toBe('mail jan\\@evil\\.example');
    expect(escapeMarkdown('Let op: om 10:30. Klaar.')).toBe('Let op: om 10:30. Klaar.');
    expect(escapeMarkdown('javascript:alert(1)')).toBe('javascript\\:alert(1)');
  });

  it('keeps one line: line breaks and tabs become spaces, control characters go', () => {
    expect(escapeMarkdown('een\r\ntwee\n\nthree\tfour\u0000')).toBe('een twee three four');
  });

  it('property: never leaves a line break or an unescaped special character, and loses no words', () => {
    fc.assert(
      fc.property(hostileText(60), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\r\n\u2028\u2029]/);
        const bare = escaped.replace(/\\./g, '');
        expect(bare).not.toMatch(/[\\`*_[\]<>|~@]|&#?[A-Za-z0-9]+;/);
        expect(escaped.replace(/\\./g, ' ')).not.toMatch(/[A-Za-z]:\S|\.[\p{L}\p{N}]/u);
        expect(escaped).not.toMatch(/^[-+=>#]|^\d+[.)]| #+$/);
        const expected = text
          .replace(CONTROL, '')
          .replace(/[\r\n\t]+/g, ' ')
          .replace(/ {2,}/g, ' ')
          .trim();
        expect(unescape(escaped)).toBe(expected);
      }),
    );
  });
});

describe('the Markdown report', () => {
  it('has title, date, participant count and every section, in Dutch', () => {
    const { control, board } = filledSession('nl');
    const report = renderMarkdownReport(snapshotSession(control, board));
    expect(report).toContain('# Dag van de wijkteams');
    expect(report).toContain('Datum: 16 november 2023');
    expect(report).toContain(
      'Deelnemers: 4 (Inwoner: 1, Professional: 1, Gemeente: 1, Niet opgegeven: 1)',
    );
    expect(report).toContain('### Collectief, door inwoners (1)');
    expect(report).toContain(
      '- Buurthuis (Bram; Collectief, door inwoners / Individueel, door inwoners)',
    );
    expect(report).toContain('- Wandelgroep \\*eenzaamheid\\* (Bram)');
    expect(report).toContain('3 stemmen: Eens 67% (2) · Neutraal 0% (0) · Oneens 33% (1)');
    // Secret ballot: each perspective group has one voter, below the threshold of 3, so no group is
    // shown on its own (one person's vote would be readable); they still count in the total.
    expect(report).toContain('| Professional | te weinig stemmen om apart te tonen |  |  |  |');
    expect(report).not.toContain('100% (1)');
    expect(report).toContain('(Wie is dan aan zet? Handen: 1 ja, 2 nee)');
    expect(report).toContain('Nu bij: Stap 2. Maak een plan van aanpak');
    expect(report).toContain('| Collectief, door inwoners | 1 | 34% |');
    expect(report).toContain('- Werkgroep met bewoners (Bram)');
    expect(report).toContain(
      '1. Benoem samen het gedeelde belang: dat verbindt en activeert. (3 stippen: Inwoner 2, Professional 1)',
    );
    expect(report).toContain('Collectiviteit kost tijd! (herkend door 2)');
    expect(report).toContain('- Heldere opdracht geven (Cees)');
  });

  it('is in English for an English session', () => {
    const { control, board } = filledSession('en');
    const report = renderMarkdownReport(snapshotSession(control, board));
    expect(report).toContain('Date: 16 November 2023');
    expect(report).toContain('## Propositions');
    expect(report).toContain('3 votes: Agree 67% (2)');
    expect(report).toContain('## What do we take away?');
  });

  it('leaves hidden initiatives out of the exported report, without a trace', () => {
    const { control, board } = filledSession('nl');
    must(hideText(control, { root: 'initiatives', authorId: 'bram', entryId: 'walk' }));
    const report = exportFile('report.md', snapshotSession(control, board)).body;
    expect(report).not.toContain('Wandelgroep');
    expect(report).not.toContain('verborgen');
  });

  it('leaves the facilitator’s examples out of every count and list, and says how many', () => {
    const { control, board } = filledSession('nl');
    const report = renderMarkdownReport(snapshotSession(control, board));
    // Three participants' initiatives (garden, walk, centre); the six examples are no outcome.
    expect(report).toContain('| Collectief, door inwoners | 1 | 34% |');
    expect(report).toContain('| Collectief, door professionals | 1 | 33% |');
    expect(report).toContain('| Ertussenin | 1 | 33% |');
    expect(report).not.toContain('Begeleider');
    expect(report).not.toContain('Keukentafelgesprek');
    expect(report).toContain('6 voorbeelden van de begeleider niet meegeteld.');
    const en = filledSession('en');
    const english = renderMarkdownReport(snapshotSession(en.control, en.board));
    expect(english).toContain('6 examples by the facilitator not counted.');
  });

  it('writes the CHECK’s decision and the show of hands as two sentences', () => {
    const { control, board } = newSession('nl');
    must(registerParticipant(board, asParticipantId('p'), { name: 'Piet', joinedAt: T0 }));
    must(advanceRoute(control, 'continue', T0 + 1));
    const round = must(openCheckPoll(control));
    must(setCheckHand(board, asParticipantId('p'), round, 'yes'));
    must(decideCheck(control, 'fits', T0 + 2));
    const report = renderMarkdownReport(snapshotSession(control, board));
    // Was "(Sluit aan.; handen: 1 ja, 0 nee)": the template's outcome is a sentence already.
    expect(report).toContain('(Sluit aan. Handen: 1 ja, 0 nee)');
    expect(report).not.toMatch(/[.?]; /);
  });

  it('says so when nothing happened yet', () => {
    const { control, board } = newSession('en');
    const report = renderMarkdownReport(snapshotSession(control, board));
    expect(report).toContain('No initiatives.');
    expect(report).toContain('Not voted on. (not opened yet)');
    expect(report).toContain('The group is still at the first step.');
    expect(report).toContain('Nothing written down yet.');
  });

  it('makes no link, autolink, image or HTML of what participants write', () => {
    const hostile = [
      '[klik](https://evil.example/steal)',
      '![pixel](https://evil.example/p.png)',
      '<https://evil.example>',
      '<img src=x onerror=alert(1)>',
      'https://evil.example/path',
      'www.evil.example',
      'evil.example/login',
      'jan@evil.example',
      'mailto:jan@evil.example',
      '[ref]: https://evil.example',
      'javascript:alert(1)',
      '&lt;b&gt; &#x3C;script&#x3E;',
    ];
    const { control, board } = newSession('nl');
    must(setSessionTitle(control, 'www.evil.example'));
    must(
      registerParticipant(board, asParticipantId('p'), { name: 'jan@evil.example', joinedAt: T0 }),
    );
    must(
      registerParticipant(board, asParticipantId('q'), {
        name: '[x](https://evil.example)',
        joinedAt: T0,
      }),
    );
    hostile.forEach((text, index) => {
      // Two writers: what one participant may add is limited.
      const pid = index % 2 === 0 ? 'p' : 'q';
      must(
        addInitiative(board, asParticipantId(pid), {
          id: asInitiativeId(`i${index}`),
          text,
          x: 0.5,
          y: 0.5,
          at: T0,
        }),
      );
      must(
        addTakeaway(board, asParticipantId(pid), { id: asTakeawayId(`t${index}`), text, at: T0 }),
      );
      must(
        addRouteNote(board, asParticipantId(pid), {
          id: asRouteNoteId(`n${index}`),
          stepId: 'check',
          text,
          at: T0,
        }),
      );
    });
    const report = renderMarkdownReport(snapshotSession(control, board));
    // What a CommonMark/GFM renderer or a linkifier would act on, with escaped pairs taken out.
    const bare = report.replace(/\\./g, ' ');
    expect(bare).not.toMatch(/\]\(|\]:|<[a-z/!?]|&#?\w+;/i);
    expect(bare).not.toMatch(/(?:https?|ftp|mailto|javascript):/i);
    expect(bare).not.toMatch(/www\./i);
    expect(bare).not.toMatch(/[\w.+-]@[\w-]/);
    expect(bare).not.toMatch(/evil\.example/);
    // Every hostile text is still there, readable once the backslashes are dropped.
    for (const text of hostile) expect(unescape(report)).toContain(text);
  });

  it('property: hostile titles, names and texts never change the report’s structure', () => {
    const shapeOf = (report: string) =>
      report
        .split('\n')
        .map((line) =>
          /^#{1,6} /.test(line)
            ? 'h'
            : /^- /.test(line)
              ? 'li'
              : /^\d+\. /.test(line)
                ? 'ol'
                : /^\|/.test(line)
                  ? 'tr'
                  : line === ''
                    ? ''
                    : 'p',
        );
    const play = (title: string, name: string, text: string) => {
      const { control, board } = newSession('nl');
      must(setSessionTitle(control, title));
      must(registerParticipant(board, asParticipantId('p'), { name, joinedAt: T0 }));
      must(
        addInitiative(board, asParticipantId('p'), {
          id: asInitiativeId('i'),
          text,
          x: 0.5,
          y: 0.5,
          at: T0,
        }),
      );
      must(
        addRouteNote(board, asParticipantId('p'), {
          id: asRouteNoteId('n'),
          stepId: 'check',
          text,
          at: T0,
        }),
      );
      must(addTakeaway(board, asParticipantId('p'), { id: asTakeawayId('t'), text, at: T0 }));
      return renderMarkdownReport(snapshotSession(control, board));
    };
    const plain = shapeOf(play('Titel', 'Naam', 'tekst'));
    fc.assert(
      fc.property(acceptedText(60), acceptedText(20), acceptedText(), (title, name, text) => {
        const report = play(title, name, text);
        expect(shapeOf(report)).toEqual(plain);
        expect(report.replace(/\\./g, '')).not.toMatch(/[<>]/);
      }),
      { numRuns: 80 },
    );
  });
});
