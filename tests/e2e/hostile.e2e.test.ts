/**
 * Hostile input executes nothing and breaks no layout (issue 14). The strings of
 * tests/fixtures/hostile-strings.json (markup with handlers, `javascript:` URLs, bidi controls, a
 * 10 000-character name, lone surrogates, zero-width joiners, long unbroken words) are fed through:
 * the records (data/atlas.json intercepted, names, quotes and notes replaced), the search box (typed),
 * a share link (its parameters and hash) and, once the import dialog exists, an imported file.
 * Every page runs with the CSP bypassed, so that what is tested is the app's own rendering, not the
 * CSP's backstop. A payload that ran would set `window.__hostile` or open a dialog; a payload that
 * became an element would ask for https://evil.example/. Each test starts from a fresh page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { foreignRequests, freshPages, screenshot, waitForMapIdle, type FreshPage } from './browser';

const baseUrl = inject('baseUrl');
const pages = freshPages(baseUrl);

interface CorpusEntry { id: string; text?: string; repeat?: { text: string; times: number } }
const corpusFile = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile-strings.json'), 'utf8')) as { strings: CorpusEntry[] };
const CORPUS: { id: string; text: string }[] = corpusFile.strings.map((e) => ({ id: e.id, text: e.text ?? e.repeat!.text.repeat(e.repeat!.times) }));
const hostile = (id: string) => CORPUS.find((c) => c.id === id)!.text;
/** The short ones: typed into the search box and put into links (the long ones are pasted). */
const SHORT = CORPUS.filter((c) => c.text.length < 200);

const WAIT = { timeout: 15_000 };
/** The imported file's name: markup and an override (the classic spoofed extension). */
const IMPORT_FILE_NAME = '<img src=x onerror=alert(1)>\u202Egnp.geojson';

type Named = { id: string; name: { zh: string; en?: string; original?: string }; note?: unknown; citations?: { quote: string }[] };
type Bundle = {
  atlas: Record<string, unknown[]> & { readerTexts: { record: string; basis?: { zh: string; en: string }; note?: { zh: string; en: string } }[] };
};
const propsOf = (r: unknown): Named => ((r as { properties?: Named }).properties ?? (r as Named));

/**
 * Which records carry the corpus: the first zones (each one string as its Chinese name, the next as
 * its English name, another as its first quote and its location note), and in every other collection
 * the first record (names, note, first quote). Returns the ids changed, by collection.
 */
function poison(bundle: Bundle): Record<string, string[]> {
  const changed: Record<string, string[]> = {};
  const n = CORPUS.length;
  const zones = bundle.atlas.zones.slice(0, n).map(propsOf);
  zones.forEach((z, i) => {
    z.name = { ...z.name, zh: CORPUS[i].text, en: CORPUS[(i + 1) % n].text, original: CORPUS[(i + 2) % n].text };
    if (z.citations?.[0]) z.citations[0].quote = CORPUS[(i + 3) % n].text;
    const loc = (z as unknown as { location?: { note?: string; method?: string } }).location;
    if (loc) { loc.note = CORPUS[(i + 4) % n].text; loc.method = CORPUS[(i + 5) % n].text; }
  });
  changed.zones = zones.map((z) => z.id);
  let k = 0;
  for (const key of ['carriers', 'institutions', 'enterprises', 'actions', 'targets', 'departments', 'plans', 'tracks']) {
    const records = bundle.atlas[key].slice(0, 2).map(propsOf);
    for (const r of records) {
      r.name = { ...r.name, zh: CORPUS[k % n].text, en: CORPUS[(k + 1) % n].text, original: CORPUS[(k + 2) % n].text };
      r.note = CORPUS[(k + 3) % n].text;
      if (r.citations?.[0]) r.citations[0].quote = CORPUS[(k + 4) % n].text;
      const t = r as unknown as { metric?: { zh: string; en?: string }; unit?: string; valueText?: string };
      if (t.metric) t.metric = { zh: CORPUS[(k + 5) % n].text, en: CORPUS[(k + 6) % n].text };
      if (key === 'targets') { t.unit = hostile('img-onerror'); t.valueText = hostile('svg-onload'); }
      k += 7;
    }
    changed[key] = records.map((r) => r.id);
  }
  for (const t of bundle.atlas.readerTexts.slice(0, 10)) {
    if (t.basis) t.basis = { zh: hostile('script-tag'), en: hostile('bidi-override') };
    if (t.note) t.note = { zh: hostile('latin-unbroken'), en: hostile('img-onerror') };
  }
  return changed;
}

/** Serves data/atlas.json with the corpus in it, and keeps the ids it changed. */
async function routePoisoned(page: Page, into: { changed?: Record<string, string[]> }): Promise<void> {
  await page.route('**/data/atlas.json', async (route: Route) => {
    const response = await route.fetch();
    const bundle = (await response.json()) as Bundle;
    into.changed = poison(bundle);
    await route.fulfill({ response, body: JSON.stringify(bundle), headers: { ...response.headers(), 'content-type': 'application/json' } });
  });
}

/** A page watched for anything a payload could do: a flag, a dialog, a CSP report, an element it made. */
async function openWatched(options: Parameters<typeof pages.open>[0] = {}): Promise<FreshPage & { dialogs: string[] }> {
  const dialogs: string[] = [];
  const session = await pages.open({
    bypassCSP: true,
    ...options,
    before: async (page) => {
      page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
      // Anything sent to the payloads' host is recorded (the request list) and answered locally.
      await page.route('https://evil.example/**', (route) => route.fulfill({ status: 204, body: '' }));
      await page.addInitScript(() => {
        (window as unknown as { __cspViolations: string[] }).__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __cspViolations: string[] }).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await options.before?.(page);
    },
  });
  return { ...session, dialogs };
}

/** Nothing ran, nothing was made of the payloads, nothing left the origin. */
async function expectInert(s: FreshPage & { dialogs: string[] }, where: string): Promise<void> {
  const state = await s.page.evaluate(() => ({
    flag: (window as unknown as { __hostile?: string }).__hostile ?? null,
    csp: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    // Elements the payloads would make, anywhere in the app's DOM.
    made: [...document.querySelectorAll('body img[src*="evil"], body iframe, body script:not([src]), body style, body svg[onload], body [onerror], body [onmouseover], body a[href^="javascript:" i]')]
      .map((e) => e.outerHTML.slice(0, 120)),
  }));
  expect(state.flag, `${where}: a payload ran`).toBeNull();
  expect(s.dialogs, `${where}: a dialog opened`).toEqual([]);
  expect(state.csp, `${where}: CSP reports`).toEqual([]);
  expect(state.made, `${where}: elements made of payloads`).toEqual([]);
  expect(foreignRequests(s.requests, baseUrl), `${where}: requests outside the origin`).toEqual([]);
  expect(s.errors, `${where}: console errors`).toEqual([]);
  expect(await bidiLeaks(s.page), `${where}: bidi controls that reorder the text around them`).toEqual([]);
}

/**
 * Text nodes holding an embedding or override (LRE, RLE, LRO, RLO) that is not closed inside the node
 * (by PDF, or by the PDI of an isolate opened before it) and whose element does not isolate its text
 * (unicode-bidi: isolate / plaintext): there, a name's U+202E would reverse the sentence around it.
 */
async function bidiLeaks(page: Page): Promise<string[]> {
  return page.evaluate((tails) => {
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? '';
      if (!/[\u202A\u202B\u202D\u202E]/.test(text)) continue;
      // Walk the controls: an isolate (LRI/RLI/FSI … PDI) closes what was opened inside it.
      const stack: string[] = [];
      for (const ch of text) {
        if (/[\u202A\u202B\u202D\u202E]/.test(ch)) stack.push('e');
        else if (ch === '\u202C') { if (stack[stack.length - 1] === 'e') stack.pop(); }
        else if (/[\u2066-\u2068]/.test(ch)) stack.push('i');
        else if (ch === '\u2069') { while (stack.length && stack.pop() !== 'i'); }
      }
      if (!stack.includes('e')) continue;
      // Visible text after the first control left open, in the same node, is reordered by it.
      let open = 0;
      let after = '';
      for (const ch of text) {
        if (open) after += ch;
        if (/[\u202A\u202B\u202D\u202E]/.test(ch)) open++;
        else if (ch === '\u202C' && open) open--;
        if (!open) after = '';
      }
      // What follows the control may be the rest of the name itself (the override is the name's own text).
      const rest = after.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').trim();
      const beyondName = tails.reduce((r, tail) => (r.startsWith(tail) ? r.slice(tail.length).trim() : r), rest);
      // Isolating the element does not help here: the sentence around the name is in the same node.
      if (beyondName) {
        leaks.push(`${n.parentElement!.tagName}.${n.parentElement!.className}: ${JSON.stringify(text.slice(0, 60))}`);
        continue;
      }
      // Contained if an element up to the paragraph (the nearest block) isolates it, or if nothing
      // visible follows it in that paragraph (an override reorders only what comes after it).
      let el = n.parentElement!;
      let contained = false;
      for (let a: HTMLElement | null = el; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (/isolate|plaintext/.test(style.unicodeBidi)) { contained = true; break; }
        if (!style.display.startsWith('inline')) {
          const range = document.createRange();
          range.setStartAfter(n);
          range.setEnd(a, a.childNodes.length);
          contained = range.toString().trim() === '';
          el = a;
          break;
        }
      }
      if (contained) continue;
      leaks.push(`${el.tagName}.${el.className}: ${JSON.stringify(text.slice(0, 60))}`);
    }
    return leaks.slice(0, 8);
  }, BIDI_NAME_TAILS);
}

/** The text each hostile name holds after its override (its own reversed part). */
const BIDI_NAME_TAILS = [...CORPUS.map((c) => c.text), IMPORT_FILE_NAME].flatMap((t) => t.split(/[\u202A\u202B\u202D\u202E]/).slice(1).map((x) => x.split('\u202C')[0].replace(/[\u2066-\u2069]/g, '').trim())).filter(Boolean).sort((a, b) => b.length - a.length);


/** Percent-encodes as a browser does, a lone surrogate as the bytes of its code point (not valid UTF-8). */
function loosePercent(text: string): string {
  return [...text].map((ch) => {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) return `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    return encodeURIComponent(ch);
  }).join('');
}

/** The page never scrolls sideways and the header, the panel and any open drawer stay inside the viewport. */
async function expectLayoutHolds(page: Page, where: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const outside = [...document.querySelectorAll('.app-header, .app-header > *, .side-panel, .plan-view, .source-reader, [data-testid="details-panel"], [data-testid="directory-panel"], [data-testid="search-results"], [data-testid="link-notice"]')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.left < -1 || r.right > vw + 1))
      .map(({ e, r }) => `${e.className || e.tagName} ${Math.round(r.left)}–${Math.round(r.right)}`);
    // For the message: the outermost elements that reach past the viewport's right edge.
    const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 1 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > vw + 1))
      .slice(0, 5).map((e) => `${e.tagName}.${e.className} in ${e.parentElement?.className}`);
    // Scrolling panels scroll down, never sideways.
    const sideways = [...document.querySelectorAll('.side-panel, .plan-view, .reader-text, .source-reader, [data-testid="directory-panel"], #search-listbox')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => `${e.className || e.id} ${e.scrollWidth}>${e.clientWidth}: ${[...e.querySelectorAll('*')].filter((c) => c.getBoundingClientRect().right > e.getBoundingClientRect().right + 1).slice(0, 3).map((c) => `${c.tagName}.${c.className}`).join(', ')}`);
    return {
      vw,
      wide,
      sideways,
      scrollWidth: document.documentElement.scrollWidth,
      bodyScroll: document.body.scrollWidth,
      scrollX: window.scrollX,
      outside,
    };
  });
  expect(layout.scrollWidth, `${where}: the page scrolls sideways (${layout.wide.join('; ')})`).toBeLessThanOrEqual(layout.vw);
  expect(layout.bodyScroll, `${where}: the body scrolls sideways`).toBeLessThanOrEqual(layout.vw);
  expect(layout.outside, `${where}: wider than the viewport`).toEqual([]);
  expect(layout.sideways, `${where}: a panel scrolls sideways`).toEqual([]);
}

/** The element's text is exactly the record's name in the served bundle (compared in the page: lone surrogates survive). */
async function shownAsText(page: Page, selector: string, collection: string, id: string, field: 'zh' | 'en'): Promise<{ equal: boolean; contains: boolean }> {
  return page.evaluate(async ({ selector, collection, id, field }) => {
    const w = window as unknown as { __servedBundle?: Promise<{ atlas: Record<string, unknown[]> }> };
    w.__servedBundle ??= fetch(new URL('data/atlas.json', document.baseURI)).then((r) => r.json());
    const bundle = await w.__servedBundle;
    const rec = (bundle.atlas[collection] as { id?: string; properties?: { id: string } }[]).find((r) => (r.properties?.id ?? r.id) === id)!;
    const name = ((rec as { properties?: { name: Record<string, string> } }).properties ?? (rec as unknown as { name: Record<string, string> })).name[field];
    const el = document.querySelector(selector);
    const text = el?.textContent ?? '';
    return { equal: text.trim() === name.trim(), contains: text.includes(name) };
  }, { selector, collection, id, field });
}

describe('hostile strings in the records', () => {
  it('the zone list shows every one as text, the map draws, nothing runs, the layout holds', async () => {
    const into: { changed?: Record<string, string[]> } = {};
    const s = await openWatched({ before: (page) => routePoisoned(page, into) });
    await waitForMapIdle(s.page);
    const zones = into.changed!.zones;
    expect(zones.length).toBe(CORPUS.length);
    for (const id of zones) {
      const shown = await shownAsText(s.page, `.zone-button[data-id="${id}"]`, 'zones', id, 'zh');
      expect(shown.contains, `${id}'s name shows as its text`).toBe(true);
    }
    expect(await s.page.evaluate(() => window.__atlasMap!.queryRenderedFeatures({ layers: ['zones-fill'] }).length)).toBeGreaterThan(0);
    await expectInert(s, 'first screen');
    await expectLayoutHolds(s.page, 'first screen');
    await screenshot(s.page, 'hostile-01-zone-list');
    // In English too.
    await s.page.getByTestId('lang-switch').click();
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const id of zones.slice(0, 5)) expect((await shownAsText(s.page, `.zone-button[data-id="${id}"]`, 'zones', id, 'en')).contains).toBe(true);
    await expectInert(s, 'first screen, en');
    await expectLayoutHolds(s.page, 'first screen, en');
  });

  it('every record panel (each kind) shows its hostile name, note and quote as text, the layout holds', async () => {
    const into: { changed?: Record<string, string[]> } = {};
    const s = await openWatched({ before: (page) => routePoisoned(page, into) });
    await s.page.locator('.zone-button').first().waitFor(WAIT);
    const panel = s.page.getByTestId('details-panel');
    const ids = [
      ...into.changed!.zones.filter((_, i) => ['img-onerror', 'name-10000', 'bidi-override', 'lone-surrogates'].includes(CORPUS[i].id)),
      // One record of every other kind (each holds other strings of the corpus).
      ...Object.entries(into.changed!).filter(([k]) => k !== 'zones' && k !== 'tracks').map(([, v]) => v[0]),
    ];
    for (const id of ids) {
      // Opened the way a shared link opens it (every kind, including those not in the zone list).
      await s.page.evaluate((id) => { history.pushState(null, '', `?sel=${encodeURIComponent(id)}`); dispatchEvent(new PopStateEvent('popstate')); }, id);
      await expect.poll(() => panel.getAttribute('data-id'), WAIT).toBe(id);
      const collection = Object.entries(into.changed!).find(([, v]) => v.includes(id))![0];
      const shown = await shownAsText(s.page, '[data-testid="details-panel"] h2', collection, id, 'zh');
      expect(shown.contains, `${id}: its name is its heading's text`).toBe(true);
      await expectInert(s, `panel ${id}`);
      await expectLayoutHolds(s.page, `panel ${id}`);
      if (id.endsWith(into.changed!.zones[0].split(':')[1]) || id.startsWith('target:')) await screenshot(s.page, `hostile-02-panel-${id.split(':')[0]}`);
    }
    // The 10 000-character name: its panel scrolls, it does not widen.
    const long = into.changed!.zones[CORPUS.findIndex((c) => c.id === 'latin-unbroken')];
    await s.page.evaluate((id) => { history.pushState(null, '', `?sel=${encodeURIComponent(id)}`); dispatchEvent(new PopStateEvent('popstate')); }, long);
    await expect.poll(() => panel.getAttribute('data-id'), WAIT).toBe(long);
    await screenshot(s.page, 'hostile-03-panel-long-word');
  });

  it('the source reader, the plan outline and the directory show them as text', async () => {
    const into: { changed?: Record<string, string[]> } = {};
    const s = await openWatched({ before: (page) => routePoisoned(page, into) });
    await s.page.locator('.zone-button').first().waitFor(WAIT);
    const zone = into.changed!.zones[0];
    await s.page.locator(`.zone-button[data-id="${zone}"]`).click();
    const panel = s.page.getByTestId('details-panel');
    await expect.poll(() => panel.getAttribute('data-id'), WAIT).toBe(zone);
    // Its (hostile) quote is not in the seed: the reader opens the document all the same.
    await panel.locator('.open-source').first().click();
    await s.page.locator('.source-reader .reader-text').waitFor(WAIT);
    await expect.poll(() => s.page.locator('.source-reader .reader-text').textContent(), WAIT).not.toMatch(/^…?$/);
    await expectInert(s, 'source reader');
    await expectLayoutHolds(s.page, 'source reader');
    await screenshot(s.page, 'hostile-04-reader');
    await s.page.keyboard.press('Escape');
    await s.page.locator('.source-reader').waitFor({ state: 'detached', ...WAIT });
    // A plan outline holds a hostile action, target, department and group.
    const plan = await s.page.evaluate(async (actionId) => {
      const b = await (await fetch(new URL('data/atlas.json', document.baseURI))).json();
      return (b.atlas.actions as { id: string; plan: string }[]).find((a) => a.id === actionId)!.plan;
    }, into.changed!.actions[0]);
    await s.page.evaluate((id) => { history.pushState(null, '', `?plan=${encodeURIComponent(id)}`); dispatchEvent(new PopStateEvent('popstate')); }, plan);
    await s.page.getByTestId('plan-view').waitFor(WAIT);
    // The first action's name is the first string of the corpus (the order poison() gives them).
    expect(await s.page.getByTestId('plan-view').textContent()).toContain(CORPUS[(6 * 7) % CORPUS.length].text);
    await expectInert(s, 'plan outline');
    await expectLayoutHolds(s.page, 'plan outline');
    await screenshot(s.page, 'hostile-05-plan-outline');
    await s.page.getByTestId('plan-view').locator('.close').click();
    await s.page.getByTestId('directory-button').click();
    await s.page.getByTestId('directory-panel').waitFor(WAIT);
    await expectInert(s, 'directory');
    await expectLayoutHolds(s.page, 'directory');
    await screenshot(s.page, 'hostile-06-directory');
  });
});

describe('hostile strings typed and linked', () => {
  it('typed into the search box: each shows as typed, none runs; a hostile record is found and highlighted as text', async () => {
    const into: { changed?: Record<string, string[]> } = {};
    const s = await openWatched({ before: (page) => routePoisoned(page, into) });
    const box = s.page.getByRole('combobox');
    await box.waitFor(WAIT);
    for (const { id, text } of SHORT.filter((c) => !/control-chars/.test(c.id))) {
      await box.fill('');
      await box.click();
      // Typed as a person types (insertText for what a keyboard cannot press). A lone surrogate reaches
      // the page as U+FFFD: the comparison is of the well-formed strings.
      await s.page.keyboard.insertText(text);
      await expect.poll(() => box.evaluate((el, t) => {
        const wellFormed = (v: string) => v.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        return wellFormed((el as HTMLInputElement).value) === wellFormed(t);
      }, text), { ...WAIT, message: `search ${id}: the box holds what was typed` }).toBe(true);
      await expect.poll(() => s.page.getByTestId('search-status').count(), WAIT).toBeGreaterThan(0);
      await expectInert(s, `search ${id}`);
      await expectLayoutHolds(s.page, `search ${id}`);
    }
    // The 10 000 characters, pasted.
    await box.fill(hostile('name-10000'));
    await expect.poll(() => s.page.locator('#search-listbox [role="option"]').count(), WAIT).toBeGreaterThan(0);
    await expectInert(s, 'search name-10000');
    await expectLayoutHolds(s.page, 'search name-10000');
    // A hostile record's name is found, and its highlight is text.
    await box.fill('img src');
    await expect.poll(() => s.page.locator('#search-listbox [role="option"]').count(), WAIT).toBeGreaterThan(0);
    const marks = await s.page.locator('#search-listbox mark').allTextContents();
    expect(marks.join(' ')).toMatch(/img|src/i);
    await expectInert(s, 'search results');
    await expectLayoutHolds(s.page, 'search results');
    await screenshot(s.page, 'hostile-07-search');
  });

  it('in a share link (every parameter and the hash): the default view opens, the notice shows text, nothing runs', async () => {
    const payload = hostile('img-onerror');
    const params = new URLSearchParams({
      q: hostile('script-tag'),
      sel: payload,
      hide: hostile('javascript-url'),
      kinds: hostile('svg-onload'),
      tracks: hostile('bidi-override'),
      precisions: hostile('lone-surrogates'),
      read: hostile('template-injection'),
      plan: hostile('attribute-break'),
      dir: hostile('data-url'),
      lang: hostile('zero-width'),
      c: hostile('path-like'),
    });
    // A lone surrogate as the bytes a browser would send (ED A0 80: not UTF-8), and a broken escape.
    const s = await openWatched({ path: `?${params}&sel=%ED%A0%80%E0%A4%A&q=%ZZ#${loosePercent(hostile('iframe'))}` });
    await waitForMapIdle(s.page);
    await s.page.getByTestId('link-notice').waitFor(WAIT);
    await expectInert(s, 'share link');
    await expectLayoutHolds(s.page, 'share link');
    await screenshot(s.page, 'hostile-08-share-link');
    // Typed after start, every short string as `q` only: the box shows it as text.
    for (const { id, text } of SHORT.filter((c) => ['img-onerror', 'svg-onload', 'lone-surrogates'].includes(c.id))) {
      const t = await pages.open({ bypassCSP: true, path: `?q=${loosePercent(text)}` });
      await t.page.getByRole('combobox').waitFor(WAIT);
      expect(await t.page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile ?? null), id).toBeNull();
      await t.page.context().close();
    }
  });
});

describe('hostile strings in an imported file', () => {
  it('import of a file whose names and properties are hostile: shown as text, nothing runs', async (ctx) => {
    const s = await openWatched();
    await s.page.locator('.zone-button').first().waitFor(WAIT);
    const input = s.page.getByTestId('import-input');
    if ((await input.count()) === 0) {
      console.log('hostile e2e: the import dialog (src/features/import, issue 12) has no file input yet; skipping the import of the hostile corpus');
      ctx.skip();
    }
    const features = CORPUS.map((c, i) => ({
      type: 'Feature',
      properties: { name: c.text, url: hostile('javascript-url'), note: CORPUS[(i + 1) % CORPUS.length].text, [c.text.slice(0, 40)]: c.text.slice(0, 40) },
      geometry: { type: 'Point', coordinates: [121.42 + i * 0.001, 31.21] },
    }));
    await input.setInputFiles({ name: IMPORT_FILE_NAME, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) });
    const dialog = s.page.getByTestId('import-dialog');
    await dialog.waitFor(WAIT);
    await expect.poll(async () => (await s.page.getByTestId('import-add').count()) + (await s.page.getByTestId('import-close').count()), WAIT).toBeGreaterThan(0);
    await expectInert(s, 'import dialog');
    await expectLayoutHolds(s.page, 'import dialog');
    await screenshot(s.page, 'hostile-09-import-dialog');
    expect(await s.page.getByTestId('import-add').count(), 'the hostile file is importable').toBe(1);
    await s.page.getByTestId('import-add').click();
    const layer = s.page.getByTestId('import-layer');
    await expect.poll(() => layer.count(), WAIT).toBe(1);
    expect(await layer.textContent()).toContain('<img src=x onerror=alert(1)>');
    await expectInert(s, 'imported layer');
    await expectLayoutHolds(s.page, 'imported layer');
    await screenshot(s.page, 'hostile-09-import');
  });
});
