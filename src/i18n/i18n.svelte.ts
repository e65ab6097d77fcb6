import { en } from './en';
import { format } from './format';
import { zhCN, type MessageKey } from './zh-CN';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
const DICTS: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export { format };

const formats = new Map<string, Intl.NumberFormat>();

class I18n {
  lang = $state<Lang>('zh-CN');

  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    format(DICTS[this.lang][key] ?? key, params);

  /** Numbers formatted for the UI language (zh-CN: 13,337 and 17.3). */
  num = (n: number, maxFractionDigits = 2): string => {
    // One formatter per language and precision: toLocaleString builds a new one per call.
    const key = `${this.lang}:${maxFractionDigits}`;
    let f = formats.get(key);
    if (!f) formats.set(key, (f = new Intl.NumberFormat(this.lang, { maximumFractionDigits: maxFractionDigits })));
    return f.format(n);
  };

  dateTime = (ms: number): string =>
    new Date(ms).toLocaleString(this.lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

  bytes = (n: number): string => {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    while (n >= 1024 && i < units.length - 1) {
      n /= 1024;
      i++;
    }
    return `${this.num(n, i === 0 ? 0 : 1)} ${units[i]}`;
  };
}

export const i18n = new I18n();
export type { MessageKey };
