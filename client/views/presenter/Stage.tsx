import type { AgendaItem } from '../../../shared/template/types';
import {
  DescriptionPanel,
  MeaningsPanel,
  MunicipalityPanel,
  WelcomePanel,
} from '../../activities/content/ContentPanels';
import { PresenterLessons } from '../../activities/lessons/PresenterLessons';
import { PresenterPropositions } from '../../activities/propositions/PresenterPropositions';
import { PresenterQuadrant } from '../../activities/quadrant/PresenterQuadrant';
import { BarriersPanel } from '../../activities/reasons/BarriersPanel';
import { ReasonsPanel } from '../../activities/reasons/ReasonsPanel';
import { PresenterRouteMap } from '../../activities/routemap/PresenterRouteMap';
import { PresenterTakeaways } from '../../activities/takeaways/PresenterTakeaways';
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
