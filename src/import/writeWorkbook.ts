import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { a1 } from '../domain/a1';
import { CELL_TEXT_LIMIT } from './rawSheet';

/** A text too long for one Excel cell: the workbook cannot be written; names where it is. */
export class CellTooLongError extends Error {
  constructor(readonly sheet: string, readonly cell: string, readonly length: number) {
    super(`${sheet}!${cell}: ${length} > ${CELL_TEXT_LIMIT}`);
    this.name = 'CellTooLongError';
  }
}

export interface SheetRows {
  name: string;
  rows: readonly (readonly unknown[])[];
  /** Column widths in characters. */
  colWidths?: number[];
}

// The namespace names OOXML requires: identifiers inside the file, never fetched (the page makes no request).
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** XML text of a cell: markup characters escaped; characters XML cannot hold, and CR, as Excel writes them (_xHHHH_). */
function escapeText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Column letters of the first `n` columns (A, B, …, AA, …). */
function columnNames(n: number): string[] {
  return Array.from({ length: n }, (_, c) => {
    let s = '';
    for (let k = c + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
    return s;
  });
}

/** Text is written to the zip in pieces of about this many characters (one string of a million rows would not fit). */
const PIECE = 1 << 20;

/**
 * A workbook written from rows of values (backups, templates, chart data, the sample), as
 * OOXML straight into a deflate stream: a backup of a million values is written in seconds
 * and never held as one string (SheetJS's writer took minutes and gigabytes for it). Texts
 * go to the shared strings, numbers stay numbers, booleans booleans; an empty text, null or
 * NaN (a cleared value) is an empty cell.
 */
export function writeWorkbook(sheets: readonly SheetRows[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else chunks.push(data);
  });
  const entry = (name: string, write: (put: (s: string) => void) => void) => {
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    let buf = '';
    write((s) => {
      buf += s;
      if (buf.length >= PIECE) {
        file.push(strToU8(buf));
        buf = '';
      }
    });
    file.push(strToU8(buf), true);
  };

  const strings = new Map<string, number>();
  const stringList: string[] = [];
  const stringIndex = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = stringList.push(s) - 1;
      strings.set(s, i);
    }
    return i;
  };

  sheets.forEach((sheet, k) => {
    const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
    const cols = columnNames(Math.max(width, sheet.colWidths?.length ?? 0));
    entry(`xl/worksheets/sheet${k + 1}.xml`, (put) => {
      put(`${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`);
      if (sheet.colWidths?.length) {
        put('<cols>');
        sheet.colWidths.forEach((w, c) => put(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`));
        put('</cols>');
      }
      put('<sheetData>');
      sheet.rows.forEach((row, r) => {
        let xml = `<row r="${r + 1}">`;
        for (let c = 0; c < row.length; c++) {
          const v = row[c];
          const ref = `${cols[c]}${r + 1}`;
          if (typeof v === 'number') {
            if (Number.isFinite(v)) xml += `<c r="${ref}"><v>${v}</v></c>`;
          } else if (typeof v === 'boolean') xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
          else if (v !== null && v !== undefined && v !== '') {
            const text = String(v);
            if (text.length > CELL_TEXT_LIMIT) throw new CellTooLongError(sheet.name, a1(r, c), text.length);
            xml += `<c r="${ref}" t="s"><v>${stringIndex(text)}</v></c>`;
          }
        }
        put(`${xml}</row>`);
      });
      put('</sheetData></worksheet>');
    });
  });

  entry('xl/sharedStrings.xml', (put) => {
    put(`${XML}<sst xmlns="${MAIN}" count="${stringList.length}" uniqueCount="${stringList.length}">`);
    // Leading or trailing spaces are kept only where the text says so.
    for (const s of stringList) put(/^\s|\s$/.test(s) ? `<si><t xml:space="preserve">${escapeText(s)}</t></si>` : `<si><t>${escapeText(s)}</t></si>`);
    put('</sst>');
  });
  entry('xl/styles.xml', (put) =>
    put(
      `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
    ),
  );
  entry('xl/workbook.xml', (put) =>
    put(`${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map((s, k) => `<sheet name="${escapeAttr(s.name)}" sheetId="${k + 1}" r:id="rId${k + 1}"/>`).join('')}</sheets></workbook>`),
  );
  entry('xl/_rels/workbook.xml.rels', (put) =>
    put(
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${k + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
  );
  entry('_rels/.rels', (put) => put(`${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`));
  entry('[Content_Types].xml', (put) =>
    put(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        sheets.map((_, k) => `<Override PartName="/xl/worksheets/sheet${k + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('') +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`,
    ),
  );
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
