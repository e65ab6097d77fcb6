import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';

// Excel's largest sheets, written straight as OOXML (SheetJS's writer needs minutes and
// gigabytes for a million rows): a long table of 1,048,576 rows × 4 columns and a wide one of
// 16,384 columns × 60 rows, each as .xlsx and .csv. The expected observation counts are exact.

export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLS = 16_384;

export interface ExcelMaxFile {
  shape: 'long' | 'wide';
  format: 'xlsx' | 'csv';
  path: string;
  /** Observations the import must store, exactly. */
  expected: number;
}

const LONG_REGIONS = 2500;
const LONG_YEARS = 10;
const WIDE_ROWS = 60;

/** Data row i of the long table: every (region, year, indicator) once for i < 2500 × 10 × 42. */
function longRow(i: number): [string, number, string, number] {
  return [`地区${(i % LONG_REGIONS) + 1}市`, 2011 + (Math.floor(i / LONG_REGIONS) % LONG_YEARS), `指标${Math.floor(i / (LONG_REGIONS * LONG_YEARS)) + 1}`, (i % 9973) / 8];
}

const wideValue = (r: number, c: number) => ((r * 7919 + c * 104729) % 100000) / 10;
const colName = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function xlsx(path: string, sheetName: string, strings: string[], sheetXml: (push: (s: string) => void) => void): void {
  const parts: string[] = [];
  let chunks: Uint8Array[] = [];
  let len = 0;
  const flush = () => {
    if (!parts.length) return;
    const u = strToU8(parts.join(''));
    parts.length = 0;
    chunks.push(u);
    len += u.length;
  };
  const push = (s: string) => {
    parts.push(s);
    if (parts.length > 20000) flush();
  };
  push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  sheetXml(push);
  push('</sheetData></worksheet>');
  flush();
  const sheet = new Uint8Array(len);
  let o = 0;
  for (const c of chunks) {
    sheet.set(c, o);
    o += c.length;
  }
  chunks = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': strToU8(sst),
  };
  writeFileSync(path, zipSync(files, { level: 6 }));
}

function writeLines(path: string, line: (push: (s: string) => void) => void): void {
  const parts: string[] = [];
  line((s) => parts.push(s));
  writeFileSync(path, parts.join(''));
}

/** The four Excel-maximum files, written once into bench/out and cached. */
export function excelMaxFiles(): ExcelMaxFile[] {
  mkdirSync('bench/out', { recursive: true });
  const longN = EXCEL_MAX_ROWS - 1;
  const wideRegions = WIDE_ROWS - 1;
  const wideIndicators = EXCEL_MAX_COLS - 1;
  const files: ExcelMaxFile[] = [
    { shape: 'long', format: 'xlsx', path: 'bench/out/excelmax-long-1048576x4.xlsx', expected: longN },
    { shape: 'long', format: 'csv', path: 'bench/out/excelmax-long-1048576x4.csv', expected: longN },
    { shape: 'wide', format: 'xlsx', path: 'bench/out/excelmax-wide-16384x60-2018.xlsx', expected: wideRegions * wideIndicators },
    { shape: 'wide', format: 'csv', path: 'bench/out/excelmax-wide-16384x60-2018.csv', expected: wideRegions * wideIndicators },
  ];
  const header = ['地区', '年份', '指标', '数值'];
  const [lx, lc, wx, wc] = files.map((f) => f.path);
  if (!existsSync(lx)) {
    // Shared strings: the header, the regions, the indicators.
    const strings = [...header, ...Array.from({ length: LONG_REGIONS }, (_, i) => `地区${i + 1}市`), ...Array.from({ length: 42 }, (_, i) => `指标${i + 1}`)];
    xlsx(lx, 'Sheet1', strings, (push) => {
      push(`<row r="1">${header.map((_, c) => `<c r="${colName(c)}1" t="s"><v>${c}</v></c>`).join('')}</row>`);
      for (let i = 0; i < longN; i++) {
        const r = i + 2;
        const [, y, , v] = longRow(i);
        const reg = 4 + (i % LONG_REGIONS);
        const ind = 4 + LONG_REGIONS + Math.floor(i / (LONG_REGIONS * LONG_YEARS));
        push(`<row r="${r}"><c r="A${r}" t="s"><v>${reg}</v></c><c r="B${r}"><v>${y}</v></c><c r="C${r}" t="s"><v>${ind}</v></c><c r="D${r}"><v>${v}</v></c></row>`);
      }
    });
  }
  if (!existsSync(lc)) {
    writeLines(lc, (push) => {
      push(header.join(',') + '\n');
      for (let i = 0; i < longN; i++) push(longRow(i).join(',') + '\n');
    });
  }
  const wideHeader = ['地区', ...Array.from({ length: wideIndicators }, (_, c) => `指标${String(c + 1).padStart(5, '0')}`)];
  if (!existsSync(wx)) {
    const strings = [...wideHeader, ...Array.from({ length: wideRegions }, (_, r) => `地区${r + 1}市`)];
    const cols = Array.from({ length: EXCEL_MAX_COLS }, (_, c) => colName(c));
    xlsx(wx, '2018年', strings, (push) => {
      push(`<row r="1">${wideHeader.map((_, c) => `<c r="${cols[c]}1" t="s"><v>${c}</v></c>`).join('')}</row>`);
      for (let r = 0; r < wideRegions; r++) {
        const rr = r + 2;
        push(`<row r="${rr}"><c r="A${rr}" t="s"><v>${EXCEL_MAX_COLS + r}</v></c>`);
        for (let c = 1; c < EXCEL_MAX_COLS; c++) push(`<c r="${cols[c]}${rr}"><v>${wideValue(r, c)}</v></c>`);
        push('</row>');
      }
    });
  }
  if (!existsSync(wc)) {
    writeLines(wc, (push) => {
      push(wideHeader.join(',') + '\n');
      for (let r = 0; r < wideRegions; r++) {
        const row: (string | number)[] = [`地区${r + 1}市`];
        for (let c = 1; c < EXCEL_MAX_COLS; c++) row.push(wideValue(r, c));
        push(row.join(',') + '\n');
      }
    });
  }
  return files;
}
