import type { QuadrantModel } from '../../../shared/template/types';

/**
 * The four quadrants and the two labelled axes. Grid order is screen order:
 * top-left individual×residents, top-right collective×residents, then the professionals row.
 */
const SCREEN_ORDER = [
  'individual-residents',
  'collective-residents',
  'individual-professionals',
  'collective-professionals',
] as const;

export function BoardBackdrop({ model }: { model: QuadrantModel }) {
  return (
    <>
      <div className="board__quadrants" aria-hidden="true">
        {SCREEN_ORDER.map((quadrantId) => {
          const text = model.quadrants.find((quadrant) => quadrant.id === quadrantId);
          return (
            <div key={quadrantId} className={`board__q board__q--${quadrantId}`}>
              <span className="board__q-name" data-board-label>
                {text?.name ?? ''}
              </span>
            </div>
          );
        })}
      </div>
      <div className="board__axis board__axis--x" aria-hidden="true" />
      <div className="board__axis board__axis--y" aria-hidden="true" />
      <span className="board__axis-label board__axis-label--left" data-board-label>
        ← {model.xAxis.negative}
      </span>
      <span className="board__axis-label board__axis-label--right" data-board-label>
        {model.xAxis.positive} →
      </span>
      <span className="board__axis-label board__axis-label--top" data-board-label>
        ↑ {model.yAxis.positive}
      </span>
      <span className="board__axis-label board__axis-label--bottom" data-board-label>
        ↓ {model.yAxis.negative}
      </span>
    </>
  );
}
