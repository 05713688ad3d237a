import type { AgendaItem } from '../../../shared/template/types';
import {
  DescriptionPanel,
  MeaningsPanel,
  MunicipalityPanel,
  WelcomePanel,
} from '../../features/content/ContentPanels';
import { LessonsPanel } from '../../features/lessons/LessonsPanel';
import { ParticipantPropositions } from '../../features/propositions/ParticipantPropositions';
import { ParticipantQuadrant } from '../../features/quadrant/ParticipantQuadrant';
import { BarriersPanel } from '../../features/reasons/BarriersPanel';
import { ReasonsPanel } from '../../features/reasons/ReasonsPanel';
import { ParticipantRouteMap } from '../../features/routemap/ParticipantRouteMap';
import { TakeawaysPanel } from '../../features/takeaways/TakeawaysPanel';

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
