/**
 * Labels never collide (issue 9): in the first view and in each plan's default view (the map framed on
 * the plan's zones), in Chinese and in English, no two placed text labels overlap. The boxes are read
 * from MapLibre's own placement (its collision index, in the e2e build): the boxes of labels placed with
 * collision detection (zone names and the zones' badges), and those drawn regardless of it (forced labels), each
 * mapped to its layer so that icons (place symbols, drawn over labels on purpose) are left out.
 * Each test starts from a fresh page.
 */
import { describe, expect, inject, it } from 'vitest';
import { freshPages, screenshot, waitForMapIdle, type FreshPage } from './browser';

const baseUrl = inject('baseUrl');
/** The first view's camera (src/map/camera.ts INITIAL_VIEW). */
const FIRST_VIEW = [121.46, 31.16, 10.2] as const;
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });
/** The current test's page (each test opens its own; the helpers below read it). */
let s!: FreshPage;

interface Box { layer: string; x1: number; y1: number; x2: number; y2: number; key: string }

/** Placed text boxes (viewport pixels of the collision index) and the pairs of different labels that overlap. */
async function overlaps(): Promise<{ boxes: number; pairs: [Box, Box][] }> {
  return s.page.evaluate(() => {
    type Grid = { boxKeys: { bucketInstanceId: number; featureIndex: number }[]; bboxes: number[] };
    const map = window.__atlasMap as unknown as {
      style: { placement: { collisionIndex: { grid: Grid; ignoredGrid: Grid }; retainedQueryData: Record<number, { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }> } };
      getStyle: () => { layers: { id: string; type: string; layout?: Record<string, unknown> }[] };
    };
    // Text layers, and text whose icon is its background (a zone's badge): not place symbols.
    const isText = (l: { layout?: Record<string, unknown> }) => l.layout?.['text-field'] !== undefined && (l.layout?.['icon-image'] === undefined || (l.layout?.['icon-text-fit'] ?? 'none') !== 'none');
    const textLayers = new Set(map.getStyle().layers.filter((l) => l.type === 'symbol' && isText(l)).map((l) => l.id));
    const { grid, ignoredGrid } = map.style.placement.collisionIndex;
    const data = map.style.placement.retainedQueryData;
    const boxes: Box[] = [];
    for (const g of [grid, ignoredGrid]) {
      g.boxKeys.forEach((k, i) => {
        const rq = data[k.bucketInstanceId];
        const layer = rq?.featureIndex.bucketLayerIDs[rq.bucketIndex]?.[0] ?? '?';
        if (!textLayers.has(layer)) return;
        const [x1, y1, x2, y2] = g.bboxes.slice(i * 4, i * 4 + 4);
        boxes.push({ layer, x1, y1, x2, y2, key: `${k.bucketInstanceId}/${k.featureIndex}` });
      });
    }
    const pairs: [Box, Box][] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.key === b.key) continue; // the glyph boxes of one label
        // Strictly overlapping by more than a pixel (touching edges is not a collision).
        if (Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 1 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 1) pairs.push([a, b]);
      }
    }
    return { boxes: boxes.length, pairs };
  });
}

async function planViews(): Promise<{ plan: string; bounds: [number, number, number, number] }[]> {
  return s.page.evaluate(async () => {
    const { atlas, derived } = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
    const byPlan = new Map<string, number[]>();
    for (const z of atlas.zones) {
      const b = derived.bounds[z.properties.id] as number[];
      const cur = byPlan.get(z.properties.plan);
      byPlan.set(z.properties.plan, cur ? [Math.min(cur[0], b[0]), Math.min(cur[1], b[1]), Math.max(cur[2], b[2]), Math.max(cur[3], b[3])] : b);
    }
    return [...byPlan].map(([plan, bounds]) => ({ plan, bounds: bounds as [number, number, number, number] }));
  });
}

describe('labels', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`never overlap in the first view and in each plan's default view (${lang})`, async () => {
      s = await pages.open({ idle: true });
      if (lang === 'en') {
        await s.page.getByTestId('lang-switch').click();
        await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
      }
      const views = [{ plan: 'first-view', bounds: null as [number, number, number, number] | null }, ...(await planViews())];
      for (const v of views) {
        if (v.bounds) await s.page.evaluate(([w, so, e, n]) => window.__atlasMap!.fitBounds([[w, so], [e, n]], { padding: 60, duration: 0 }), v.bounds);
        else await s.page.evaluate(([lng, lat, zoom]) => window.__atlasMap!.jumpTo({ center: [lng, lat], zoom }), FIRST_VIEW);
        await waitForMapIdle(s.page);
        const { boxes, pairs } = await overlaps();
        // A view with no labels at all would pass vacuously: there are always some.
        expect(boxes, `${v.plan}: placed labels`).toBeGreaterThanOrEqual(2);
        await screenshot(s.page, `26-labels-${lang}-${v.plan.replace('plan:', '')}`);
        expect(pairs.map(([a, b]) => `${a.layer}×${b.layer} at ${Math.round(a.x1)},${Math.round(a.y1)}`), `${v.plan} (${lang})`).toEqual([]);
      }
    });
  }

  it('give way to a selected zone\'s label (which is always drawn)', async () => {
    // 马桥人工智能创新试验区 shares its placeholder shape, and so its label point, with the radiation area.
    s = await pages.open({ idle: true });
    await s.page.locator('.zone-button[data-id="zone:dlhw-radiation"]').click();
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:dlhw-radiation');
    await waitForMapIdle(s.page);
    const { pairs } = await overlaps();
    // A cluster's count may lie under the selected label (drawn over it); labels may not.
    const labelPairs = pairs.filter(([a, b]) => !a.layer.startsWith('place-cluster-counts') && !b.layer.startsWith('place-cluster-counts'));
    await screenshot(s.page, '27-labels-selected-radiation');
    expect(labelPairs.map(([a, b]) => `${a.layer}×${b.layer} at ${Math.round(a.x1)},${Math.round(a.y1)}`)).toEqual([]);
  });
});
