import { Suspense, useEffect } from 'react';
import { EXPORT_FILES } from '../../../shared/core/protocol';
import { preloadReportSections, reportSections } from '../../activities/registry';
import { DeleteSession } from './DeleteSession';
import { useDownloads, useSnapshot } from './useReport';
import { useI18n } from '../../i18n';
import { Button } from '../../ui/Button';
import { useSessionLanguage } from '../../session/useSessionLanguage';
import { Icon } from '../../ui/Icon';
import { Loading } from '../../ui/Loading';

export function ReportPage({ facilitatorKey }: { facilitatorKey: string }) {
  const { m, lang } = useI18n();
  useSessionLanguage();
  useEffect(preloadReportSections, []);
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
      {/* The sections are lazy (see registry.ts); the page around them does not wait for them. */}
      <Suspense fallback={<Loading />}>
        {reportSections().map(({ kind, view: Section }) => (
          <Section key={kind} snapshot={snapshot} />
        ))}
      </Suspense>
      <section className="report__danger no-print">
        <DeleteSession facilitatorKey={facilitatorKey} />
      </section>
    </div>
  );
}
