import type { AgendaItem } from '../../../shared/template/types';
import {
  DescriptionPanel,
  MeaningsPanel,
  MunicipalityPanel,
  WelcomePanel,
} from '../../activities/content/ContentPanels';
import { LessonsPanel } from '../../activities/lessons/LessonsPanel';
import { ParticipantPropositions } from '../../activities/propositions/ParticipantPropositions';
import { ParticipantQuadrant } from '../../activities/quadrant/ParticipantQuadrant';
import { BarriersPanel } from '../../activities/reasons/BarriersPanel';
import { ReasonsPanel } from '../../activities/reasons/ReasonsPanel';
import { ParticipantRouteMap } from '../../activities/routemap/ParticipantRouteMap';
import { TakeawaysPanel } from '../../activities/takeaways/TakeawaysPanel';

/** What a participant does during an agenda item, chosen by the item's kind. */
export function ItemPanel({ item }: { item: AgendaItem }) {
  switch (item.kind) {
    case 'welcome':
      return <WelcomePanel />;
    case 'meanings':
      return <MeaningsPanel />;
    case 'why':
      return <ReasonsPanel />;
    case 'quadrant':
      return <ParticipantQuadrant />;
    case 'barriers':
      return <BarriersPanel />;
    case 'routemap':
      return <ParticipantRouteMap />;
    case 'municipality':
      return <MunicipalityPanel />;
    case 'lessons':
      return <LessonsPanel />;
    case 'propositions':
      return <ParticipantPropositions />;
    case 'takeaways':
      return <TakeawaysPanel />;
    case 'exchange':
      return <DescriptionPanel description={item.description} />;
  }
}
