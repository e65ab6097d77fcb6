import type { BlockData } from '../domain/model';
import { draftBlocks, type OpenDraft } from './buildDraft';
import { packBlocks, type PackedBlocks } from './packBlocks';

/** A page of blocks: at most this many blocks or values (a wide sheet has a block per column). */
const PAGE_BLOCKS = 4096;
const PAGE_VALUES = 100_000;

interface Built {
  /** The sheets the blocks were built from, e.g. `0,2`. */
  key: string;
  regions: string[];
  blocks: BlockData[];
}

export interface BlockPage {
  regions: string[];
  packed: PackedBlocks;
  /** The block the next page starts at; null after the last. */
  next: number | null;
}

/**
 * The blocks of the drafts under review, handed to the page a page at a time at commit. They are
 * built once per choice of sheets, either ahead (`prepare`, while the user looks at the review, for
 * the sheets a commit takes unless some are left out) or at the first page asked for.
 */
export class BlockPages {
  private built = new Map<string, Built>();
  /** Drafts whose blocks were handed out in full: not built again ahead. */
  private handed = new Set<string>();

  constructor(private readonly blocksOf: typeof draftBlocks = draftBlocks) {}

  /** Builds the blocks a confirm with the default choice will ask for, unless built already. */
  prepare(od: OpenDraft): void {
    const id = od.draft.id;
    if (this.built.has(id) || this.handed.has(id)) return;
    const sheets = defaultSheets(od);
    if (sheets.length) this.built.set(id, this.build(od, sheets));
  }

  /** The page of the draft's blocks for `sheets` that starts at block `from`. */
  page(od: OpenDraft, sheets: number[], from: number): BlockPage {
    const id = od.draft.id;
    let built = this.built.get(id);
    if (!built || built.key !== sheets.join(',')) this.built.set(id, (built = this.build(od, sheets)));
    const all = built.blocks;
    let end = from;
    for (let values = 0; end < all.length && end - from < PAGE_BLOCKS && values < PAGE_VALUES; end++) values += all[end].values.length;
    const next = end < all.length ? end : null;
    if (next === null) {
      this.built.delete(id);
      this.handed.add(id);
    }
    return { regions: built.regions, packed: packBlocks(all.slice(from, end)), next };
  }

  /** The draft changed (a sheet detected again) or is gone: its blocks are out of date. */
  forget(draftId: string): void {
    this.built.delete(draftId);
    this.handed.delete(draftId);
  }

  private build(od: OpenDraft, sheets: number[]): Built {
    return { key: sheets.join(','), ...this.blocksOf(od, sheets) };
  }

  /** Whether blocks are held for the draft (for tests). */
  holds(draftId: string): boolean {
    return this.built.has(draftId);
  }
}

/** The sheets planCommit takes when the user leaves none out: every sheet with values. */
export function defaultSheets(od: OpenDraft): number[] {
  return od.draft.sheets.flatMap((s, i) => (s.count > 0 && od.results[i] ? [i] : []));
}
