import { useAgendaItems, useLiveAgendaItem } from '../../activities/agenda/useAgenda';
import { useMessages } from '../../i18n';
import { ProjectorCanvas } from '../projector/ProjectorCanvas';
import { ProjectorScreen } from '../projector/ProjectorScreen';

/**
 * The projector's picture in miniature, live: the same component the projector window renders,
 * scaled into a 16:9 box. Inert and hidden from assistive technology: it repeats what the
 * console says in words, and nothing in it can be used.
 */
export function ProjectorMiniature() {
  const m = useMessages();
  return (
    <figure className="console-miniature">
      <div className="console-miniature__screen" inert aria-hidden="true">
        <ProjectorCanvas>
          <ProjectorScreen />
        </ProjectorCanvas>
      </div>
      <figcaption className="console-miniature__caption">{m.console.miniature}</figcaption>
    </figure>
  );
}

/** What comes after this item, so the facilitator can announce it. */
export function NextItemPreview() {
  const m = useMessages();
  const items = useAgendaItems();
  const item = useLiveAgendaItem();
  const index = item === undefined ? -1 : items.findIndex((candidate) => candidate.id === item.id);
  const next = index < 0 ? undefined : items[index + 1];
  return (
    <p className="console-next">
      <span className="console-next__label">{m.console.next}</span>
      {next === undefined ? (
        <span className="muted">{m.console.nextNone}</span>
      ) : (
        <span className="console-next__title">
          {index + 2}. {next.title}
        </span>
      )}
    </p>
  );
}
