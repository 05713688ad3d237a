import { useEffect, useRef } from 'react';
import { EXPORT_LABELS } from '../../../shared/session/export/labels';
import { QUADRANT_REPORT_LABELS, countExamples } from '../../../shared/activities/quadrant/report';
import { useMessages } from '../../i18n';
import type { ReportSectionProps } from '../types';
import { drawBoard } from './boardPng';
import { placedInitiatives } from './placedInitiatives';

/**
 * The report's board: the participants' notes drawn where the group put them, then a table of
 * them; the facilitator's examples are no outcome, so neither drawn nor listed, only counted.
 */
export function BoardReportSection({ snapshot }: ReportSectionProps) {
  const m = useMessages();
  const canvas = useRef<HTMLCanvasElement>(null);
  const notes = placedInitiatives(snapshot);
  const quadrant = snapshot.control.content.quadrant;
  useEffect(() => {
    if (canvas.current !== null) drawBoard(canvas.current, quadrant, notes);
  }, [quadrant, notes]);
  const labels = EXPORT_LABELS[snapshot.control.meta.lang];
  const quadrantLabels = QUADRANT_REPORT_LABELS[snapshot.control.meta.lang];
  const examples = countExamples(snapshot);
  return (
    <section className="report__section">
      <h2>{m.report.initiatives}</h2>
      <canvas
        ref={canvas}
        className="report__board"
        role="img"
        aria-label={m.quadrant.boardLabel}
      />
      {notes.length === 0 ? (
        <p className="muted">{quadrantLabels.noInitiatives}</p>
      ) : (
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
              <tr key={note.id}>
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
      )}
      {examples > 0 ? <p className="muted">{quadrantLabels.examplesLeftOut(examples)}</p> : null}
    </section>
  );
}
