/** zh-CN strings of one area (one writer per file; merged in ./zh-CN.ts). */
export const deck = {
  'deck.pptx': '导出 PowerPoint（PPTX）',
  'deck.add': '加入图表',
  'deck.addHint': '勾选已保存的图表，按列表顺序加到本演示末尾。',
  'deck.addConfirm': '加入 {n} 张',
  'deck.addClose': '收起',
  'deck.addAll': '全选',
  'deck.addNone': '全不选',
  'deck.noSaved': '还没有保存的图表。请先在“图表”页保存图表。',
  'deck.added': '已加入 {n} 张幻灯片。',
  'deck.inDeck': '已在本演示中',
  'deck.thumb': '第 {n} 张幻灯片的缩略图（拖动可调整顺序）',
  'deck.exported': '已导出 {name}。',
} as const;
