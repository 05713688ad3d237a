import { useEffect, useState } from 'react';
import type { ExportFile } from '../../../shared/core/protocol';
import { snapshotSession, type SessionSnapshot } from '../../../shared/session/export/snapshot';
import { visibleSnapshot } from '../../../shared/session/moderation';
import { downloadExport } from '../../session/api';
import { useSession } from '../../session/hooks';
import { boardPngBlob } from '../../activities/quadrant/boardPng';
import { placedInitiatives } from '../../activities/quadrant/placedInitiatives';
import { saveBlob } from './download';

/**
 * A snapshot of both documents as the room may see them (hidden and waiting texts left out),
 * refreshed at most once a frame while updates arrive. The report reads the same shared views
 * the exporters use, so page and files agree.
 */
export function useSnapshot(): SessionSnapshot {
  const { control, board } = useSession().docs;
  const [snapshot, setSnapshot] = useState(() => visibleSnapshot(snapshotSession(control, board)));
  useEffect(() => {
    let frame = 0;
    const refresh = () => {
      if (frame !== 0) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        setSnapshot(visibleSnapshot(snapshotSession(control, board)));
      });
    };
    control.on('update', refresh);
    board.on('update', refresh);
    refresh();
    return () => {
      control.off('update', refresh);
      board.off('update', refresh);
      window.cancelAnimationFrame(frame);
    };
  }, [control, board]);
  return snapshot;
}

export type DownloadState = { busy: string | null; failed: string | null };

/** Export files come from the server: the facilitator key proves the right to them. */
export function useDownloads(facilitatorKey: string) {
  const session = useSession();
  const [state, setState] = useState<DownloadState>({ busy: null, failed: null });
  const download = async (file: ExportFile) => {
    setState({ busy: file, failed: null });
    const result = await downloadExport(session.code, file, facilitatorKey);
    if (result.ok) saveBlob(result.value, `collectief-${session.code}-${file}`);
    setState({ busy: null, failed: result.ok ? null : file });
  };
  const downloadPng = async (snapshot: SessionSnapshot) => {
    setState({ busy: 'png', failed: null });
    const blob = await boardPngBlob(snapshot.control.content.quadrant, placedInitiatives(snapshot));
    if (blob !== null) saveBlob(blob, `collectief-${session.code}-board.png`);
    setState({ busy: null, failed: blob === null ? 'png' : null });
  };
  return { ...state, download, downloadPng };
}
