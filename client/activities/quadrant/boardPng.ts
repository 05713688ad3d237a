/**
 * The quadrant board as a PNG, drawn on a canvas from the snapshot (not a screenshot of the DOM,
 * which would need a library and would differ per screen size). 1600×1000, print-sharp.
 */
import type { PlacedInitiative } from '../../../shared/session/export/views';
import type { QuadrantModel } from '../../../shared/template/types';

const WIDTH = 1600;
const HEIGHT = 1000;
const NOTE_COLOURS: Record<string, string> = {
  yellow: '#fff3a8',
  pink: '#ffd6e3',
  blue: '#d3e8ff',
  green: '#d4f5d8',
  orange: '#ffe0c2',
  purple: '#e7dcff',
};
const QUADRANT_FILL: Record<string, string> = {
  'individual-residents': '#fcece0',
  'collective-residents': '#e4f2e6',
  'individual-professionals': '#eee8f7',
  'collective-professionals': '#e3edf9',
};

function wrap(
  context: CanvasRenderingContext2D,
  text: string,
  maxWidth: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (context.measureText(candidate).width <= maxWidth || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line !== '') lines.push(line);
  return lines;
}

function drawBackdrop(context: CanvasRenderingContext2D, model: QuadrantModel) {
  const half = { w: WIDTH / 2, h: HEIGHT / 2 };
  const cells: [string, number, number][] = [
    ['individual-residents', 0, 0],
    ['collective-residents', half.w, 0],
    ['individual-professionals', 0, half.h],
    ['collective-professionals', half.w, half.h],
  ];
  context.font = '600 22px system-ui, sans-serif';
  for (const [id, x, y] of cells) {
    context.fillStyle = QUADRANT_FILL[id] ?? '#fff';
    context.fillRect(x, y, half.w, half.h);
    const name = model.quadrants.find((quadrant) => quadrant.id === id)?.name ?? '';
    context.fillStyle = 'rgba(23,25,59,0.55)';
    context.textAlign = x === 0 ? 'left' : 'right';
    context.fillText(name.toUpperCase(), x === 0 ? 24 : WIDTH - 24, y === 0 ? 40 : HEIGHT - 24);
  }
  context.fillStyle = 'rgba(23,25,59,0.4)';
  context.fillRect(0, half.h - 1, WIDTH, 2);
  context.fillRect(half.w - 1, 0, 2, HEIGHT);
  context.fillStyle = '#3d4166';
  context.font = '700 22px system-ui, sans-serif';
  context.textAlign = 'left';
  context.fillText(`← ${model.xAxis.negative}`, 16, half.h - 12);
  context.textAlign = 'right';
  context.fillText(`${model.xAxis.positive} →`, WIDTH - 16, half.h - 12);
  context.textAlign = 'center';
  context.fillText(`↑ ${model.yAxis.positive}`, half.w, 76);
  context.fillText(`↓ ${model.yAxis.negative}`, half.w, HEIGHT - 60);
}

function drawNote(context: CanvasRenderingContext2D, note: PlacedInitiative) {
  const cx = ((note.x + 1) / 2) * WIDTH;
  const cy = ((1 - note.y) / 2) * HEIGHT;
  context.font = '500 20px system-ui, sans-serif';
  const lines = wrap(context, note.text, 220, 3);
  const width = Math.max(120, ...lines.map((line) => context.measureText(line).width)) + 24;
  const height = lines.length * 24 + 42;
  const x = Math.max(4, Math.min(WIDTH - width - 4, cx - width / 2));
  const y = Math.max(4, Math.min(HEIGHT - height - 4, cy - height / 2));
  context.shadowColor = 'rgba(0,0,0,0.18)';
  context.shadowBlur = 8;
  context.shadowOffsetY = 2;
  context.fillStyle = NOTE_COLOURS[note.colour] ?? '#fff3a8';
  context.beginPath();
  context.roundRect(x, y, width, height, 8);
  context.fill();
  context.shadowColor = 'transparent';
  context.fillStyle = '#1c1c1c';
  context.textAlign = 'left';
  lines.forEach((line, index) => context.fillText(line, x + 12, y + 28 + index * 24));
  context.font = '600 15px system-ui, sans-serif';
  context.fillStyle = 'rgba(0,0,0,0.55)';
  context.fillText(note.author.name, x + 12, y + height - 12);
}

export function drawBoard(
  canvas: HTMLCanvasElement,
  model: QuadrantModel,
  notes: readonly PlacedInitiative[],
): void {
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const context = canvas.getContext('2d');
  if (context === null) return;
  drawBackdrop(context, model);
  for (const note of notes) drawNote(context, note);
}

export function boardPngBlob(
  model: QuadrantModel,
  notes: readonly PlacedInitiative[],
): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  drawBoard(canvas, model, notes);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
