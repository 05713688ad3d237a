import { useEffect, useRef } from 'react';
import { EXPORT_FILES } from '../../../shared/core/protocol';
import { rankLessons } from '../../../shared/activities/lessons/domain';
import { loopCount } from '../../../shared/activities/routemap/domain';
import type { SessionSnapshot } from '../../../shared/session/export/snapshot';
import {
  checkHandCounts,
  listRouteNotes,
  listTakeaways,
  propositionResults,
  recognitionCounts,
} from '../../../shared/session/export/views';
import { EXPORT_LABELS } from '../../../shared/session/export/labels';
import { drawBoard } from '../../activities/quadrant/boardPng';
import { DeleteSession } from './DeleteSession';
import { placedInitiatives, useDownloads, useSnapshot } from './useReport';
import { RoutePath } from '../../activities/routemap/RoutePath';
import { ResultBars } from '../../activities/propositions/ResultBars';
import { useI18n, useMessages } from '../../i18n';
import { Button } from '../../ui/Button';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Icon } from '../../ui/Icon';

export function ReportPage({ facilitatorKey }: { facilitatorKey: string }) {
  const { m, lang } = useI18n();
  useSessionLanguage();
  const snapshot = useSnapshot();
  const downloads = useDownloads(facilitatorKey);
  const { meta } = snapshot.control;
  const participantCount = Object.keys(snapshot.board.participants).length;
  return (
    <div className="report">
      <header className="report__header">
        <div>
          <p className="eyebrow">{m.report.title}</p>
          <h1>{meta.title}</h1>
          <p className="muted">
            {new Date(meta.createdAt).toLocaleDateString(lang, { dateStyle: 'long' })} ·{' '}
            {m.report.participants(participantCount)}
          </p>
        </div>
        <div className="report__actions no-print">
          <Button variant="primary" icon={<Icon name="print" />} onClick={() => window.print()}>
            {m.report.print}
          </Button>
        </div>
      </header>
      <section className="report__downloads no-print" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{m.report.downloads}</h2>
        <div className="row">
          {EXPORT_FILES.map((file) => (
            <Button
              key={file}
              disabled={downloads.busy !== null}
              aria-label={m.report.download(file)}
              icon={<Icon name="download" />}
              onClick={() => void downloads.download(file)}
            >
              {file}
            </Button>
          ))}
          <Button
            disabled={downloads.busy !== null}
            icon={<Icon name="download" />}
            onClick={() => void downloads.downloadPng(snapshot)}
          >
            {m.report.boardPng}
          </Button>
        </div>
        {downloads.failed === null ? null : (
          <p className="notice notice--error" role="alert">
            {m.report.downloadFailed} ({downloads.failed})
          </p>
        )}
      </section>
      <BoardSection snapshot={snapshot} />
      <PropositionsSection snapshot={snapshot} />
      <RouteSection snapshot={snapshot} />
      <LessonsSection snapshot={snapshot} />
      <RecognitionsSection snapshot={snapshot} />
      <TakeawaysSection snapshot={snapshot} />
      <section className="report__danger no-print">
        <DeleteSession facilitatorKey={facilitatorKey} />
      </section>
    </div>
  );
}

function BoardSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const notes = placedInitiatives(snapshot);
  const quadrant = snapshot.control.content.quadrant;
  useEffect(() => {
    if (canvas.current !== null) drawBoard(canvas.current, quadrant, notes);
  }, [quadrant, notes]);
  const labels = EXPORT_LABELS[snapshot.control.meta.lang];
  return (
    <section className="report__section">
      <h2>{m.report.initiatives}</h2>
      <canvas
        ref={canvas}
        className="report__board"
        role="img"
        aria-label={m.quadrant.boardLabel}
      />
      <table className="report__table">
        <thead>
          <tr>
            <th scope="col">{m.report.initiative}</th>
            <th scope="col">{m.report.place}</th>
            <th scope="col">{m.report.author}</th>
          </tr>
        </thead>
        <tbody>
          {notes.map((note) => (
            <tr key={note.id} className={note.hidden ? 'report__hidden' : undefined}>
              <td>{note.text}</td>
              <td>
                {note.placement === 'between'
                  ? quadrant.between.name
                  : (quadrant.quadrants.find((q) => q.id === note.placement)?.name ??
                    labels.unknownAuthor)}
              </td>
              <td>{note.author.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function PropositionsSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  return (
    <section className="report__section">
      <h2>{m.report.propositions}</h2>
      {/* Only what the server published: aggregates, small groups suppressed, hidden = count only. */}
      {propositionResults(snapshot).map(({ proposition, voters, tally, split }) => (
        <article key={proposition.id} className="report__proposition">
          <h3>{proposition.text}</h3>
          <p className="muted">{m.propositions.votes(voters)}</p>
          {tally === null ? (
            voters > 0 ? (
              <p className="muted">{m.propositions.hiddenResults}</p>
            ) : null
          ) : (
            <>
              <ResultBars tally={tally} compact />
              {(split ?? []).map((row) => (
                <div key={row.group} className="report__split">
                  <h4>
                    {row.group === 'unstated' ? m.perspectives.none : m.perspectives[row.group]}
                  </h4>
                  {row.suppressed ? (
                    <p className="muted">{m.propositions.tooFewToShow}</p>
                  ) : (
                    <ResultBars tally={row.tally} compact />
                  )}
                </div>
              ))}
            </>
          )}
        </article>
      ))}
    </section>
  );
}

function RouteSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  const { routeMap } = snapshot.control.content;
  const labels = EXPORT_LABELS[snapshot.control.meta.lang];
  const notes = listRouteNotes(snapshot, labels);
  const rounds = snapshot.control.routeWalk.filter((entry) => entry.checkRound !== null);
  return (
    <section className="report__section">
      <h2>{m.report.route}</h2>
      <RoutePath
        walk={snapshot.control.routeWalk}
        routeMap={routeMap}
        current={snapshot.control.live.routeStepId}
      />
      {rounds.map((entry) => {
        const hands = checkHandCounts(snapshot, entry.checkRound ?? 0);
        return (
          <p key={entry.at}>
            CHECK: {m.routemap.hands(hands.yes, hands.no)} →{' '}
            {entry.decision === 'fits' ? m.routemap.decideYes : m.routemap.decideNo}
          </p>
        );
      })}
      {loopCount(snapshot.control.routeWalk) > 0 ? (
        <p>
          {m.routemap.loopBack} × {loopCount(snapshot.control.routeWalk)}
        </p>
      ) : null}
      {routeMap.steps.map((step) => {
        const stepNotes = notes.filter((note) => note.stepId === step.id);
        if (stepNotes.length === 0) return null;
        return (
          <div key={step.id}>
            <h3>
              {step.phase}: {step.title}
            </h3>
            <ul>
              {stepNotes.map((note) => (
                <li key={note.id}>
                  {note.text} <span className="muted">({note.author.name})</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function LessonsSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  const ranked = rankLessons(
    snapshot.control.content.lessons,
    snapshot.board.dots,
    snapshot.control.settings.dotBudget,
  );
  return (
    <section className="report__section">
      <h2>{m.report.lessons}</h2>
      <ol className="report__ranked">
        {ranked.map((entry) => (
          <li key={entry.lesson.id}>
            <strong>{m.lessons.dots(entry.dots)}</strong> · {entry.lesson.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

function RecognitionsSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  const counts = recognitionCounts(snapshot);
  const { reasons, barriers, benefits } = snapshot.control.content;
  const items = [
    ...benefits.items.map((item) => ({ id: item.id, text: `${benefits.title}: ${item.text}` })),
    ...reasons.flatMap((group) =>
      group.items.map((item) => ({ id: item.id, text: `${group.title}: ${item.text}` })),
    ),
    ...barriers.categories.flatMap((category) =>
      category.items.map((item) => ({ id: item.id, text: `${category.title}: ${item.text}` })),
    ),
  ]
    .map((item) => ({ ...item, count: counts.get(item.id) ?? 0 }))
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <section className="report__section">
      <h2>{m.report.recognitions}</h2>
      {items.length === 0 ? (
        <p className="muted">{m.common.nothingYet}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <strong>{item.count}×</strong> {item.text}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TakeawaysSection({ snapshot }: { snapshot: SessionSnapshot }) {
  const m = useMessages();
  const takeaways = listTakeaways(snapshot, EXPORT_LABELS[snapshot.control.meta.lang]);
  return (
    <section className="report__section">
      <h2>{m.report.takeaways}</h2>
      {takeaways.length === 0 ? (
        <p className="muted">{m.takeaways.empty}</p>
      ) : (
        <ul className="takeaway-list">
          {takeaways.map((takeaway) => (
            <li key={takeaway.id} className="takeaway">
              {takeaway.text}
              <div className="takeaway__author">{takeaway.author.name}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
