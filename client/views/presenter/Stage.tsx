import type { AgendaItem } from '../../../shared/template/types';
import {
  DescriptionPanel,
  MeaningsPanel,
  MunicipalityPanel,
  WelcomePanel,
} from '../../features/content/ContentPanels';
import { PresenterLessons } from '../../features/lessons/PresenterLessons';
import { PresenterPropositions } from '../../features/propositions/PresenterPropositions';
import { PresenterQuadrant } from '../../features/quadrant/PresenterQuadrant';
import { BarriersPanel } from '../../features/reasons/BarriersPanel';
import { ReasonsPanel } from '../../features/reasons/ReasonsPanel';
import { PresenterRouteMap } from '../../features/routemap/PresenterRouteMap';
import { PresenterTakeaways } from '../../features/takeaways/PresenterTakeaways';
import { JoinPanel } from './JoinInfo';

/** What the projector shows for an agenda item, chosen by the item's kind. */
export function Stage({ item }: { item: AgendaItem }) {
  switch (item.kind) {
    case 'welcome':
      return (
        <div className="stage-welcome">
          <WelcomePanel />
          <JoinPanel />
        </div>
      );
    case 'meanings':
      return <MeaningsPanel />;
    case 'why':
      return <ReasonsPanel />;
    case 'quadrant':
      return <PresenterQuadrant />;
    case 'barriers':
      return <BarriersPanel />;
    case 'routemap':
      return <PresenterRouteMap />;
    case 'municipality':
      return <MunicipalityPanel />;
    case 'lessons':
      return <PresenterLessons />;
    case 'propositions':
      return <PresenterPropositions />;
    case 'takeaways':
      return <PresenterTakeaways />;
    case 'exchange':
      return <DescriptionPanel description={item.description} />;
  }
}
