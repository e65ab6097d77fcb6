import { chartKinds } from './chartKinds.en';
import { chartsUi } from './chartsUi.en';
import { deck } from './deck.en';
import { grid } from './grid.en';
import { tidy } from './tidy.en';
import { scale } from './scale.en';
import { chartViews } from './chartViews.en';
import { regionGroups } from './regionGroups.en';

export const enAreas = { ...chartKinds, ...chartsUi, ...deck, ...grid, ...tidy, ...scale, ...chartViews, ...regionGroups };
