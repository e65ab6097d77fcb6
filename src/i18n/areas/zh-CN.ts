/** The strings of each area, in files of their own so areas grow without touching each other. */
import { chartKinds } from './chartKinds.zh-CN';
import { chartsUi } from './chartsUi.zh-CN';
import { deck } from './deck.zh-CN';
import { grid } from './grid.zh-CN';
import { tidy } from './tidy.zh-CN';
import { scale } from './scale.zh-CN';
import { chartViews } from './chartViews.zh-CN';
import { regionGroups } from './regionGroups.zh-CN';

export const zhCNAreas = { ...chartKinds, ...chartsUi, ...deck, ...grid, ...tidy, ...scale, ...chartViews, ...regionGroups } as const;
