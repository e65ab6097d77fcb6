import { createRegionGroup, deleteRegionGroup, listRegionGroups, updateRegionGroup, type RegionGroup } from '../storage/regionGroups';
import type { RegionGroupsDeps } from './collaborators';

/** Saved region groups (「兰州市下辖县区」), for the region picker, the 数据 filter and charts. Intent methods only. */
export class RegionGroupsState {
  groups = $state<RegionGroup[]>([]);
  /** Group id → member names: what a chart's `{ mode: 'group' }` selection and the 数据 filter read. */
  members = $derived<ReadonlyMap<string, readonly string[]>>(new Map(this.groups.map((g) => [g.id, g.regions])));

  constructor(private readonly deps: RegionGroupsDeps) {}

  private get db() {
    return this.deps.database;
  }

  byId(id: string): RegionGroup | undefined {
    return this.groups.find((g) => g.id === id);
  }

  /** Whether another group already has this name (names are how users tell groups apart). */
  nameTaken(name: string, exceptId?: string): boolean {
    const n = name.trim();
    return this.groups.some((g) => g.name === n && g.id !== exceptId);
  }

  async load(): Promise<void> {
    this.groups = await listRegionGroups(this.db);
  }

  async create(name: string, regions: readonly string[]): Promise<RegionGroup> {
    const group = await createRegionGroup(this.db, name, regions);
    await this.deps.changed({ kind: 'regionGroups' });
    return group;
  }

  async update(id: string, patch: { name?: string; regions?: readonly string[] }): Promise<void> {
    await updateRegionGroup(this.db, id, patch);
    await this.deps.changed({ kind: 'regionGroups' });
  }

  async remove(id: string): Promise<void> {
    await deleteRegionGroup(this.db, id);
    await this.deps.changed({ kind: 'regionGroups' });
  }
}
