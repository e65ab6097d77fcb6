/** What differs between the on-screen look and the projector look, as data. */
export interface ChartTheme {
  name: 'screen' | 'projector-light' | 'projector-dark';
  background: string;
  text: string;
  muted: string;
  grid: string;
  fontSize: number;
  titleSize: number;
  lineWidth: number;
  symbolSize: number;
  /** Colour-blind-safe, distinct in greyscale by lightness. */
  palette: readonly string[];
  /** Label values on bars and line ends instead of relying on a small legend. */
  directLabels: boolean;
}

const PALETTE = ['#1f5fbf', '#d1495b', '#2a9d8f', '#e9a03b', '#6a4c93', '#4d7c0f', '#b5651d', '#0891b2', '#be185d', '#57534e'];
// Projector: saturated, alternating dark and light so neighbours differ even in greyscale.
const PROJECTOR_PALETTE = ['#0b3d91', '#e4572e', '#17a398', '#f3a712', '#5b2a86', '#76b041', '#c81d25', '#2e86ab', '#8f2d56', '#333333'];

export const THEMES: Record<ChartTheme['name'], ChartTheme> = {
  screen: { name: 'screen', background: '#ffffff', text: '#1d2330', muted: '#5d6677', grid: '#e6e8ec', fontSize: 12, titleSize: 16, lineWidth: 2, symbolSize: 6, palette: PALETTE, directLabels: true },
  'projector-light': { name: 'projector-light', background: '#ffffff', text: '#000000', muted: '#333333', grid: '#c8c8c8', fontSize: 22, titleSize: 34, lineWidth: 5, symbolSize: 12, palette: PROJECTOR_PALETTE, directLabels: true },
  'projector-dark': { name: 'projector-dark', background: '#0d1117', text: '#ffffff', muted: '#d0d0d0', grid: '#3a3f47', fontSize: 22, titleSize: 34, lineWidth: 5, symbolSize: 12, palette: ['#4ea1ff', '#ff7a59', '#3ddbc4', '#ffd166', '#c39bff', '#9be15d', '#ff5c8a', '#7fdcff', '#ffb3c6', '#e0e0e0'], directLabels: true },
};
