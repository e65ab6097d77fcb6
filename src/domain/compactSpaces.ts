/** Spaces inside Chinese text are layout (`行政 复议`); between Latin words they are meaning. */
export function compactSpaces(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/(?<=[\u2e80-\u9fff\uff00-\uffef（）()])\s+|\s+(?=[\u2e80-\u9fff\uff00-\uffef（）()])/g, '')
    .trim();
}
