/**
 * A full browser storage is reported, not swallowed (issue 12): with IndexedDB's put refusing with a
 * QuotaExceededError (stubbed in the page before the app loads, as a full disk would), an imported
 * layer is still listed and usable, says it is not saved and why, in the reader's language; once there
 * is room, "Save again" saves it and a reload keeps it. Real Chromium, through the real file input.
 */
import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, freshPages, waitForMapIdle, screenshot } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl);

declare global {
  interface Window {
    __storageFull?: boolean;
  }
}

const GOOD = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: '存储测试 A' }, geometry: { type: 'Point', coordinates: [121.502065, 31.284419] } },
    { type: 'Feature', properties: { name: '存储测试 B' }, geometry: { type: 'Point', coordinates: [121.52, 31.1] } },
  ],
};

describe('import: storage', () => {
  it('a full quota is reported on the layer, which stays usable; Save again saves it once there is room', async () => {
    const { page, requests } = await pages.open({
      before: (p) => p.addInitScript(() => {
        window.__storageFull = true;
        const put = IDBObjectStore.prototype.put;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      }),
    });
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="import-overlay"]', { state: 'attached', timeout: 15_000 });
    await page.setInputFiles('[data-testid="import-input"]', { name: 'quota.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(GOOD)) });
    await page.waitForSelector('[data-testid="import-dialog"][data-stage="review"]', { timeout: 30_000 });
    await page.check('[data-testid="import-crs"] input[value="wgs84"]');
    await page.click('[data-testid="import-add"]');
    // Listed, with the reason, in Chinese; the badge says not saved.
    const alert = page.locator('[data-testid="import-layer"] [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('浏览器存储空间不足');
    expect(await alert.textContent()).toContain('quota.geojson');
    expect(await page.textContent('[data-testid="import-status"]')).toContain('浏览器存储空间不足');
    expect(await page.textContent('.import-badge')).toBe('未保存');
    expect(await page.getAttribute('[data-testid="import-layer"]', 'data-located')).toBe('2');
    await page.waitForFunction(() => Object.keys(window.__atlasMap!.getStyle().sources).some((s) => s.startsWith('import-')));
    await screenshot(page, 'import-storage-full');
    // Room again: Save again saves it; a reload keeps it.
    await page.evaluate(() => { window.__storageFull = false; });
    await page.click('[data-testid="import-layer"] [role="alert"] button');
    await page.waitForFunction(() => !document.querySelector('.import-badge'), undefined, { timeout: 30_000 });
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="import-layer"]', { timeout: 15_000 });
    expect(await page.textContent('[data-testid="import-layer"]')).toContain('quota.geojson');
    expect(foreignRequests(requests, baseUrl)).toEqual([]);
  });

  it('a layer kept by the earlier version (features as objects) is read back, made columnar and kept under its new form', async () => {
    const { page } = await pages.open();
    await waitForMapIdle(page);
    await page.waitForSelector('[data-testid="import-overlay"]', { state: 'attached', timeout: 15_000 });
    // The earlier form: a meta record without v, and chunks of feature objects with their zones.
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('innovation-atlas-import', 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['layers', 'chunks'], 'readwrite');
        tx.objectStore('layers').put({ id: 'lold', name: 'old.csv', colour: '#0b7285', visible: true, format: 'csv', crs: 'wgs84', createdAt: 1, count: 2, located: 1, notes: [], chunks: 1 });
        tx.objectStore('chunks').put([
          { index: 0, name: '旧数据 A', geometry: { type: 'Point', coordinates: [121.502065, 31.284419] }, properties: { 名称: '旧数据 A' }, zone: 'zone:nice2035' },
          { index: 1, name: '旧数据 B', geometry: null, address: '杨浦区', properties: { 名称: '旧数据 B' }, zone: null },
        ], ['lold', 0]);
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }));
    await page.reload();
    await waitForMapIdle(page);
    const layer = page.locator('[data-testid="import-layer"]');
    await layer.waitFor({ timeout: 15_000 });
    expect(await layer.textContent()).toContain('old.csv');
    expect(await layer.getAttribute('data-located')).toBe('1');
    expect(await layer.getAttribute('data-not-located')).toBe('1');
    // Saved again in the columnar form under a new id; the old copy gone.
    await expect.poll(() => page.evaluate(() => new Promise<string[]>((resolve) => {
      const open = indexedDB.open('innovation-atlas-import');
      open.onsuccess = () => {
        const req = open.result.transaction('layers').objectStore('layers').getAll();
        req.onsuccess = () => { resolve((req.result as { id: string; v?: number }[]).map((m) => `${m.id}:${m.v ?? 1}`)); open.result.close(); };
      };
    }))).toEqual(['loldc:2']);
    // Its card still names its zone.
    await page.click('[data-testid="directory-button"]');
    await page.locator('[data-testid="directory-imported"] button', { hasText: '旧数据 A' }).click();
    expect(await page.getAttribute('[data-testid="import-card-zone"]', 'data-zone')).toBe('zone:nice2035');
  });
});
