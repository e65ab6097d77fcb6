import type { deck as zh } from './deck.zh-CN';

export const deck: Record<keyof typeof zh, string> = {
  'deck.pptx': 'Export PowerPoint (PPTX)',
  'deck.add': 'Add charts',
  'deck.addHint': 'Tick saved charts; they are added at the end of this deck in list order.',
  'deck.addConfirm': 'Add {n}',
  'deck.addClose': 'Close',
  'deck.addAll': 'All',
  'deck.addNone': 'None',
  'deck.noSaved': 'No saved charts yet. Save a chart on the Charts page first.',
  'deck.added': 'Added {n} slides.',
  'deck.inDeck': 'already in this deck',
  'deck.thumb': 'Thumbnail of slide {n} (drag to reorder)',
  'deck.exported': 'Exported {name}.',
} as const;
