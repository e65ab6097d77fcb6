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
  /**
   * Series colours, all distinct (a chart never gives two regions one colour: past the palette,
   * hues are generated, see chartColors). Neighbours differ in lightness too.
   */
  palette: readonly string[];
  /** Lightness (HSL %) of generated hues past the palette: dark on light backgrounds, light on dark. */
  generatedLightness: number;
  /** A highlighted region's colour; the others are drawn in `dim`. */
  accent: string;
  dim: string;
  /** Label values on bars and line ends instead of relying on a small legend. */
  directLabels: boolean;
}

// Screen: the first ten colour-blind-safe, the next ten their darker or lighter siblings.
const PALETTE = [
  '#1f5fbf', '#d1495b', '#2a9d8f', '#e9a03b', '#6a4c93', '#4d7c0f', '#b5651d', '#0891b2', '#be185d', '#57534e',
  '#7aa6e8', '#8c1c2b', '#7fd1c5', '#9a5b00', '#b39ddb', '#9ccc65', '#e8a87c', '#155e75', '#f48fb1', '#a8a29e',
];
// Projector: saturated, alternating dark and light so neighbours differ even in greyscale.
const PROJECTOR_PALETTE = [
  '#0b3d91', '#e4572e', '#17a398', '#f3a712', '#5b2a86', '#76b041', '#c81d25', '#2e86ab', '#8f2d56', '#333333',
  '#6c9bd2', '#7a2e0e', '#0d5c55', '#b07800', '#a98bd1', '#2f5d0c', '#f28e8e', '#14485f', '#e07bb0', '#8a8a8a',
];
const PROJECTOR_DARK_PALETTE = [
  '#4ea1ff', '#ff7a59', '#3ddbc4', '#ffd166', '#c39bff', '#9be15d', '#ff5c8a', '#7fdcff', '#ffb3c6', '#e0e0e0',
  '#2f6fd0', '#ffb199', '#1f9e8c', '#d9a400', '#8a5cf5', '#5fa829', '#c2185b', '#40a9d6', '#ff8a3d', '#9e9e9e',
];

export const THEMES: Record<ChartTheme['name'], ChartTheme> = {
  screen: {
    name: 'screen', background: '#ffffff', text: '#1d2330', muted: '#5d6677', grid: '#e6e8ec', fontSize: 12, titleSize: 16, lineWidth: 2, symbolSize: 6,
    palette: PALETTE, generatedLightness: 42, accent: '#d1495b', dim: '#c3c8d0', directLabels: true,
  },
  'projector-light': {
    name: 'projector-light', background: '#ffffff', text: '#000000', muted: '#333333', grid: '#c8c8c8', fontSize: 22, titleSize: 34, lineWidth: 5, symbolSize: 12,
    palette: PROJECTOR_PALETTE, generatedLightness: 40, accent: '#e4572e', dim: '#b4b4b4', directLabels: true,
  },
  'projector-dark': {
    name: 'projector-dark', background: '#0d1117', text: '#ffffff', muted: '#d0d0d0', grid: '#3a3f47', fontSize: 22, titleSize: 34, lineWidth: 5, symbolSize: 12,
    palette: PROJECTOR_DARK_PALETTE, generatedLightness: 66, accent: '#ffd166', dim: '#59606b', directLabels: true,
  },
};
