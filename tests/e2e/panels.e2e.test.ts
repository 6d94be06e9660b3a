/**
 * Panels behave (issue 9): a record panel opened from low in the zone list opens at its top with
 * focus on its heading; Escape closes it and focus returns to the list item that opened it. Hovering
 * a zone on the map shows its name, kind, plan and precision in a tooltip. The legend names every plan
 * colour and place kind, in both languages. A schematic place is framed by its zone and counted on the
 * zone's badge, never pinned at a made-up point. Each test starts from a fresh page.
 */
import { describe, expect, inject, it } from 'vitest';
import { freshPages, screenPoint, screenshot, waitForMapIdle } from './browser';

const baseUrl = inject('baseUrl');
// strict: every test's page fails it on a request outside the origin or a console error.
const pages = freshPages(baseUrl, { strict: true });

describe('record panels', () => {
  it('open at the top with focus on the heading, and Escape returns focus to the list', async () => {
    const s = await pages.open({ idle: true });
    const last = s.page.locator('.zone-button').last();
    const id = await last.getAttribute('data-id');
    expect(id).toMatch(/^zone:/);
    await last.scrollIntoViewIfNeeded();
    await last.focus();
    await s.page.keyboard.press('Enter');

    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe(id);
    const heading = s.page.locator('#details-title');
    await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
    // The heading is inside the visible part of the panel's scroll container.
    const inView = await heading.evaluate((h) => {
      const box = h.getBoundingClientRect();
      const port = h.closest('.side-panel')!.getBoundingClientRect();
      return box.top >= port.top && box.bottom <= port.bottom;
    });
    expect(inView).toBe(true);
    await screenshot(s.page, '20-panel-opened-from-list-bottom');

    await s.page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-id') ?? null)).toBe(id);
    expect(s.errors).toEqual([]);
  });

  it('hovering a zone on the map shows a tooltip naming it, and the same zone opens on a click', async () => {
    const s = await pages.open({ idle: true });
    // A zone's label point with no place symbol over it (a place or cluster there would take the hover).
    const label: [number, number] = await s.page.evaluate(async () => {
      const bundle = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
      return bundle.derived.labelPoint['zone:silicon-alley-cell-ne'];
    });
    await s.page.evaluate(([lng, lat]) => window.__atlasMap!.jumpTo({ center: [lng, lat], zoom: 13 }), label);
    await waitForMapIdle(s.page);
    const at = await screenPoint(s.page, label);
    const tooltip = s.page.getByTestId('map-tooltip');
    // Move in two steps so the map sees a pointer move over it.
    await expect.poll(async () => {
      await s.page.mouse.move(at.x + 3, at.y + 3);
      await s.page.mouse.move(at.x, at.y);
      return tooltip.count();
    }).toBe(1);
    const name = (await tooltip.locator('strong').textContent())!;
    expect(name.length).toBeGreaterThan(1);
    expect(await tooltip.textContent()).toMatch(/区域/);
    expect(await tooltip.textContent()).toMatch(/位置精度/);
    await screenshot(s.page, '21-map-tooltip');
    await s.page.mouse.click(at.x, at.y);
    await expect.poll(() => s.page.locator('#details-title').textContent()).toBe(name);
    // Leaving the map hides it.
    await s.page.mouse.move(5, 5);
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(s.errors).toEqual([]);
  });
});

describe('a schematic place', () => {
  it('is framed by its zone when selected, not zoomed to an invented point', async () => {
    const s = await pages.open({ idle: true });
    await s.page.locator('.zone-button').first().waitFor();
    // A carrier with no point of its own, whose first zone (the one its schematic position stands for) is in the list.
    const pick = await s.page.evaluate(async () => {
      const { atlas, derived } = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
      const listed = new Set([...document.querySelectorAll('.zone-button')].map((b) => b.getAttribute('data-id')));
      for (const c of atlas.carriers) {
        if (c.geometry) continue;
        const zone = c.properties.zones.find((z: string) => derived.schematic[c.properties.id]?.[z]);
        if (zone && listed.has(zone)) return { id: c.properties.id as string, zone: zone as string, bounds: derived.bounds[zone] as number[] };
      }
      return null;
    });
    // The data place 63 carriers schematically: finding none is a failure, not a reason to skip.
    expect(pick).not.toBeNull();
    if (!pick) return;
    await s.page.locator(`.zone-button[data-id="${pick.zone}"]`).click();
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id')).toBe(pick.zone);
    await panel.locator(`.record-link[data-id="${pick.id}"]`).first().click();
    await expect.poll(() => panel.getAttribute('data-id')).toBe(pick.id);
    await waitForMapIdle(s.page);
    const view = await s.page.evaluate(() => ({ zoom: window.__atlasMap!.getZoom(), b: window.__atlasMap!.getBounds().toArray().flat() }));
    const [w, so, e, n] = pick.bounds;
    // The whole zone is in view (a little tolerance for the fit's rounding), and the zoom is not a street-corner zoom.
    const tol = 1e-4;
    expect(view.b[0]).toBeLessThanOrEqual(w + tol);
    expect(view.b[1]).toBeLessThanOrEqual(so + tol);
    expect(view.b[2]).toBeGreaterThanOrEqual(e - tol);
    expect(view.b[3]).toBeGreaterThanOrEqual(n - tol);
    await screenshot(s.page, '25-schematic-place-selected');
    await panel.locator('.close').click();
    expect(s.errors).toEqual([]);
  });
});

describe('a zone\'s badge', () => {
  it('counts the places the texts put only in that zone (no pin at a made-up point); hover explains it, a click opens the zone', async () => {
    const s = await pages.open({ idle: true });
    // What the data say: the places with no point of their own whose first placed zone is 上海硅巷, by kind.
    const expected = await s.page.evaluate(async () => {
      const { atlas, derived } = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
      const counts: Record<string, number> = {};
      for (const kind of ['carriers', 'institutions', 'enterprises']) {
        for (const f of atlas[kind]) {
          if (f.geometry) continue;
          if (f.properties.zones.find((z: string) => derived.schematic[f.properties.id]?.[z]) === 'zone:silicon-alley') counts[kind] = (counts[kind] ?? 0) + 1;
        }
      }
      return { counts, point: derived.labelPoint['zone:silicon-alley'] as [number, number] };
    });
    expect(Object.keys(expected.counts).length).toBeGreaterThan(0);
    await s.page.evaluate(([lng, lat]) => window.__atlasMap!.jumpTo({ center: [lng, lat], zoom: 13.5 }), expected.point);
    await waitForMapIdle(s.page);
    // The badge is placed (collision-checked: it gives way to names) and carries the counts.
    const badge = await s.page.evaluate(() => {
      const f = window.__atlasMap!.queryRenderedFeatures({ layers: ['zone-badges'] }).find((x) => x.properties.zone === 'zone:silicon-alley');
      return f ? { ...f.properties } : null;
    });
    expect(badge).not.toBeNull();
    expect(badge!.t_carrier).toBe(String(expected.counts.carriers ?? ''));
    expect(badge!.t_institution).toBe(String(expected.counts.institutions ?? ''));
    expect(badge!.t_enterprise).toBe(String(expected.counts.enterprises ?? ''));
    // None of them is drawn as a symbol of its own.
    const pinned = await s.page.evaluate((ids) => window.__atlasMap!.queryRenderedFeatures({ layers: ['places'] }).filter((f) => ids.includes(f.properties.id)).length, badge!.ids.split(','));
    expect(pinned).toBe(0);
    // Find the badge on screen through picking: hover until the tooltip names the zone and the counts.
    const box = await s.page.evaluate(() => {
      const map = window.__atlasMap!;
      const canvas = map.getCanvas().getBoundingClientRect();
      for (let y = 0; y < canvas.height; y += 4) for (let x = 0; x < canvas.width; x += 4) {
        if (map.queryRenderedFeatures([x, y], { layers: ['zone-badges'] }).some((f) => f.properties.zone === 'zone:silicon-alley')) return { x: canvas.left + x + 2, y: canvas.top + y + 2 };
      }
      return null;
    });
    expect(box).not.toBeNull();
    const tooltip = s.page.getByTestId('map-tooltip');
    await expect.poll(async () => {
      await s.page.mouse.move(box!.x + 2, box!.y + 1);
      await s.page.mouse.move(box!.x, box!.y);
      return tooltip.getByTestId('map-tooltip-badge').count();
    }).toBe(1);
    expect(await tooltip.locator('strong').textContent()).toBe('上海硅巷');
    expect(await tooltip.getByTestId('map-tooltip-badge').textContent()).toContain(`${expected.counts.carriers} 个载体`);
    await screenshot(s.page, '24-zone-badge-tooltip');
    await s.page.mouse.click(box!.x, box!.y);
    await expect.poll(() => s.page.getByTestId('details-panel').getAttribute('data-id')).toBe('zone:silicon-alley');
    await s.page.mouse.move(5, 5);
    await s.page.getByTestId('details-panel').locator('.close').click();
    expect(s.errors).toEqual([]);
  });
});

describe('industry tracks in a record panel', () => {
  it('lists the track with the words of the quote that justify it, and filters by it', async () => {
    const s = await pages.open({ idle: true });
    await s.page.locator('.zone-button[data-id="zone:maqiao-ai-zone"]').click();
    const tracks = s.page.getByTestId('record-tracks');
    const ai = tracks.locator('li[data-track="track:ai"]');
    await expect.poll(() => ai.count()).toBe(1);
    expect(await ai.locator('strong').textContent()).toBe('人工智能');
    expect(await ai.locator('blockquote').textContent()).toBe('依託馬橋人工智慧創新試驗區');
    const button = ai.locator('.track-filter');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await s.page.getByTestId('details-panel').locator('.close').click();
    expect(s.errors).toEqual([]);
  });
});

describe('the legend', () => {
  it('names every plan colour, every place kind and the metro lines, in Chinese and English, and collapses', async () => {
    const s = await pages.open({ idle: true });
    const legend = s.page.getByTestId('map-legend');
    await expect.poll(() => legend.count()).toBe(1);
    const plans = legend.getByTestId('legend-plan');
    // Four plan colours: Changning (the plan and its CPPCC reply share one), Yangpu, Jing'an, 大零号湾.
    expect(await plans.count()).toBe(4);
    // Three outline styles: solid (exact / street), long dashes (approximate), short dashes (schematic).
    expect(await legend.getByTestId('legend-precision').count()).toBe(3);
    // The zone badge (places known only to lie in a zone), with one hollow symbol per kind.
    expect(await legend.getByTestId('legend-badge').locator('img').count()).toBe(3);
    const zhText = (await legend.textContent())!;
    for (const word of ['上海硅巷', '杨浦区', '静安区', '大零号湾', '载体', '机构', '企业', '计数牌', '没有具体位置', '聚合', '地铁', '示意', '近似', '街道级']) expect(zhText).toContain(word);
    await screenshot(s.page, '22-legend-zh');
    // The map's attribution speaks the UI language too.
    const attribution = s.page.locator('.maplibregl-ctrl-attrib-inner');
    expect(await attribution.textContent()).toContain('OpenStreetMap 贡献者');
    // … and credits the sources of the places' points (issue 13): Wikidata (CC0), ECNU 3D Campus (Apache-2.0).
    expect(await attribution.textContent()).toMatch(/维基数据（CC0）.*ECNU 3D Campus（Apache-2\.0）/);
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => legend.locator('.map-legend-toggle').textContent()).toMatch(/Legend/);
    await expect.poll(() => attribution.textContent()).toContain('OpenStreetMap contributors');
    expect(await attribution.textContent()).toMatch(/Wikidata \(CC0\).*ECNU 3D Campus \(Apache-2\.0\)/);
    expect(await s.page.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
    const enText = (await legend.textContent())!;
    for (const word of ['Silicon Alley', 'Yangpu', "Jing'an", 'Carrier', 'Institution', 'Enterprise', 'Zone badge', 'no position', 'Cluster', 'Metro']) expect(enText).toContain(word);
    await screenshot(s.page, '23-legend-en');
    const toggle = legend.locator('.map-legend-toggle');
    await toggle.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => legend.locator('.map-legend-body').isVisible()).toBe(false);
    await s.page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await s.page.getByTestId('lang-switch').click();
    expect(s.errors).toEqual([]);
  });
});

describe('on a 390 px phone', () => {
  it('puts the map across the whole width and the panel under it', async () => {
    const s = await pages.open({ viewport: { width: 390, height: 844 }, idle: true });
    await expect.poll(() => s.page.locator('.map-view').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(390);
    const [map, panel] = await Promise.all(['.map-view', '.side-panel'].map((sel) => s.page.locator(sel).evaluate((el) => el.getBoundingClientRect().toJSON())));
    expect(map.height).toBeGreaterThan(240);
    // The panel is a sheet over the map's foot (src/ui/phone-sheet.tsx, issue 14): up to half while a record is open.
    expect(panel.bottom).toBeGreaterThanOrEqual(map.bottom - 1);
    expect(panel.top).toBeGreaterThan(map.top + map.height / 3);
    expect(panel.width).toBe(390);
    await screenshot(s.page, '24-phone-390');
  });
});
