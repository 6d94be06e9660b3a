/**
 * The guided tours (geodata/tours/, docs/TOURS.md): every shipped tour passes the validator, the bundle
 * puts the overview first, and a broken tour gets a message that names its file, its step and the field
 * — from the pure validator, from the file loader (malformed JSON) and from `npm run validate` itself.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleAtlas } from '../../src/data/assemble';
import { formatIssue } from '../../src/data/issues';
import type { Tour, ToursBundle } from '../../src/data/tour-types';
import { orderTours, validateTours, type TourFile } from '../../src/data/validate-tours';
import { buildToursBundle } from '../../scripts/tours-bundle';
import { loadGeodataFiles, loadSeeds, loadTourFiles, root } from '../../scripts/validate-files';

const { atlas } = assembleAtlas(loadGeodataFiles().files);
const seeds = loadSeeds();
const shipped = loadTourFiles();
const shippedFiles: TourFile[] = Object.entries(shipped.files).map(([file, content]) => ({ file, content }));

const FILE = 'geodata/tours/broken.json';
/** A small valid tour to break one field at a time. */
function sample(): Tour {
  return {
    id: 'tour:broken',
    plan: 'plan:jingan-2023-2025',
    title: { zh: '静安', en: "Jing'an" },
    steps: [
      {
        id: 'suhe-bay',
        title: { zh: '苏河湾', en: 'Suhe Bay' },
        caption: { zh: '依托苏河湾功能区打造金融科技与专业服务示范区。', en: 'Make Suhe Bay a demonstration zone for fintech and professional services.' },
        citation: { seed: '003', quote: '依托苏河湾功能区打造金融科技与专业服务示范区' },
        view: { frame: ['zone:suhe-bay'] },
        highlight: ['zone:suhe-bay'],
      },
      {
        id: 'targets',
        title: { zh: '目标', en: 'Targets' },
        caption: { zh: '高新技术企业达到800家。', en: '800 high-tech enterprises.' },
        citation: { seed: '003', quote: '高新技术企业达到800家' },
        view: { camera: '121.45,31.25,12' },
        highlight: [],
        focus: 'target:jingan-2025-high-tech-enterprises',
        chart: 'plan:jingan-2023-2025',
      },
    ],
  };
}
const messages = (tours: unknown[], file = FILE) =>
  validateTours(tours.map((content) => ({ file, content })), atlas, seeds).issues.map(formatIssue);
const broken = (edit: (t: Tour) => void) => {
  const t = sample();
  edit(t);
  return messages([t]);
};

describe('the shipped tours', () => {
  it('read as JSON and pass every check', () => {
    expect(shipped.parseErrors).toEqual([]);
    expect(shippedFiles.length).toBeGreaterThan(0);
    expect(validateTours(shippedFiles, atlas, seeds).issues.map(formatIssue)).toEqual([]);
  });

  it('are one overview and one tour per plan the brief names, the CPPCC reply folded into Changning’s', () => {
    const plans = validateTours(shippedFiles, atlas, seeds).tours.map((t) => t.tour.plan);
    expect(plans.sort((a, b) => String(a).localeCompare(String(b)))).toEqual(
      [null, 'plan:changning-silicon-alley', 'plan:dalinghaowan', 'plan:jingan-2023-2025', 'plan:yangpu-14th-fyp'].sort((a, b) => String(a).localeCompare(String(b))),
    );
  });

  it('have 4–8 steps each (the overview 5–6), quoting their plan’s own seed (Changning’s also the reply, 001)', () => {
    const seedOf = new Map(atlas.plans.map((p) => [p.id, p.seed]));
    const extra: Record<string, string[]> = { 'plan:changning-silicon-alley': ['001'] };
    for (const { tour } of validateTours(shippedFiles, atlas, seeds).tours) {
      expect(tour.steps.length, tour.id).toBeGreaterThanOrEqual(tour.plan === null ? 5 : 4);
      expect(tour.steps.length, tour.id).toBeLessThanOrEqual(tour.plan === null ? 6 : 8);
      if (tour.plan === null) continue;
      const allowed = [seedOf.get(tour.plan), ...(extra[tour.plan] ?? [])];
      for (const s of tour.steps) expect(allowed, `${tour.id} step ${s.id} cites ${s.citation.seed}`).toContain(s.citation.seed);
    }
    const changning = validateTours(shippedFiles, atlas, seeds).tours.find((t) => t.tour.plan === 'plan:changning-silicon-alley')!;
    expect(changning.tour.steps.some((s) => s.citation.seed === '001')).toBe(true);
  });

  it('chart only plans they walk through, and a chart step focuses one of that plan’s targets', () => {
    const planOf = new Map(atlas.targets.map((t) => [t.id, t.plan]));
    for (const { tour } of validateTours(shippedFiles, atlas, seeds).tours) {
      for (const s of tour.steps.filter((x) => x.chart)) {
        if (tour.plan !== null) expect(s.chart, `${tour.id} ${s.id}`).toBe(tour.plan);
        expect(planOf.get(s.focus ?? ''), `${tour.id} ${s.id}`).toBe(s.chart);
      }
    }
  });

  it('build into a bundle: version 1, every valid tour, overview first, then the plans’ order', () => {
    const bundle = JSON.parse(buildToursBundle()) as ToursBundle;
    expect(bundle.version).toBe(1);
    expect(bundle.tours.length).toBe(shippedFiles.length);
    const rank = new Map(atlas.plans.map((p, i) => [p.id, i]));
    const ranks = bundle.tours.map((t) => (t.plan === null ? -1 : rank.get(t.plan)!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(bundle.tours[0]).toMatchObject({ id: 'tour:overview', plan: null });
  });
});

describe('ordering', () => {
  it('puts the overview first and the rest in the plans’ order', () => {
    const t = (id: string, plan: string | null): Tour => ({ ...sample(), id, plan });
    const order = orderTours([t('tour:b', 'plan:dalinghaowan'), t('tour:c', 'plan:changning-silicon-alley'), t('tour:a', null)], atlas);
    expect(order.map((x) => x.id)).toEqual(['tour:a', 'tour:c', 'tour:b']);
  });
});

describe('a broken tour is named by file, step and field', () => {
  it('accepts the sample', () => {
    expect(messages([sample()])).toEqual([]);
  });

  it('an unknown id in frame, highlight, focus or chart', () => {
    expect(broken((t) => { t.steps[0].view = { frame: ['zone:nowhere'] }; })).toEqual([
      `${FILE} [tour:broken step suhe-bay]: view.frame: unknown id "zone:nowhere"`,
    ]);
    expect(broken((t) => { t.steps[0].highlight.push('carrier:nowhere'); })).toEqual([
      `${FILE} [tour:broken step suhe-bay]: highlight: unknown id "carrier:nowhere"`,
    ]);
    expect(broken((t) => { t.steps[0].highlight.push('target:jingan-2025-high-tech-enterprises'); })).toEqual([
      `${FILE} [tour:broken step suhe-bay]: highlight: "target:jingan-2025-high-tech-enterprises" is not a zone or a place`,
    ]);
    expect(broken((t) => { t.steps[1].focus = 'target:nowhere'; })).toEqual([
      `${FILE} [tour:broken step targets]: focus: unknown id "target:nowhere"`,
    ]);
    expect(broken((t) => { t.steps[1].chart = 'zone:suhe-bay'; })).toEqual([
      `${FILE} [tour:broken step targets]: chart: "zone:suhe-bay" is not a plan`,
    ]);
  });

  it('a quote that is not in its seed', () => {
    expect(broken((t) => { t.steps[0].citation.quote = '依托苏河湾功能区打造金融中心'; })).toEqual([
      `${FILE} [tour:broken step suhe-bay]: citation.quote is not an exact substring of seed 003: "依托苏河湾功能区打造金融中心"`,
    ]);
    // Right words, wrong seed.
    expect(broken((t) => { t.steps[0].citation.seed = '002'; })[0]).toMatch(/\[tour:broken step suhe-bay\]: citation\.quote is not an exact substring of seed 002/);
  });

  it('a malformed camera', () => {
    for (const camera of ['121.45,31.25', '0,0,12', '121.45,31.25,30', '121.45,31.25,12,200', '1e2,31,12']) {
      expect(broken((t) => { t.steps[1].view = { camera }; }), camera).toEqual([
        expect.stringMatching(new RegExp(`^${FILE} \\[tour:broken step targets\\]: view\\.camera: "${camera.replace(/\./g, '\\.')}" is not a camera`)),
      ]);
    }
  });

  it('duplicate step ids, duplicate tour ids, a second tour of one plan, an unknown plan', () => {
    expect(broken((t) => { t.steps[1].id = 'suhe-bay'; })).toEqual([`${FILE} [tour:broken step suhe-bay]: id: duplicate step id in this tour`]);
    const twice = validateTours([{ file: 'geodata/tours/a.json', content: sample() }, { file: 'geodata/tours/b.json', content: sample() }], atlas, seeds).issues.map(formatIssue);
    expect(twice).toEqual([
      'geodata/tours/b.json [tour:broken]: duplicate tour id (also in geodata/tours/a.json)',
      'geodata/tours/b.json [tour:broken]: plan: a second tour of plan:jingan-2023-2025 (also tour:broken in geodata/tours/a.json)',
    ]);
    expect(broken((t) => { t.plan = 'plan:nowhere'; })).toEqual([`${FILE} [tour:broken]: plan: unknown plan "plan:nowhere"`]);
  });

  it('a schema error: no steps, a missing caption, an unknown field, a bad view', () => {
    expect(broken((t) => { t.steps = []; })).toEqual([`${FILE} [tour:broken]: steps: a tour needs at least one step`]);
    expect(broken((t) => { delete (t.steps[1] as Partial<Tour['steps'][number]>).caption; })).toEqual([
      expect.stringMatching(new RegExp(`^${FILE} \\[tour:broken step targets\\]: caption: `)),
    ]);
    expect(broken((t) => { (t.steps[0] as unknown as { colour: string }).colour = 'red'; })).toEqual([
      expect.stringMatching(new RegExp(`^${FILE} \\[tour:broken step suhe-bay\\]: .*colour`)),
    ]);
    expect(broken((t) => { (t.steps[0] as unknown as { view: unknown }).view = { frame: ['zone:suhe-bay'], camera: '121.45,31.25,12' }; })[0]).toMatch(
      new RegExp(`^${FILE} \\[tour:broken step suhe-bay\\]: view`),
    );
    expect(messages([[]])[0]).toMatch(new RegExp(`^${FILE}: \\(tour\\): `));
  });

  it('Traditional characters in a zh caption or title (the quote itself stays as printed)', () => {
    expect(broken((t) => { t.steps[0].caption.zh = '依託蘇河灣功能區'; })).toEqual([
      expect.stringMatching(new RegExp(`^${FILE} \\[tour:broken step suhe-bay\\]: caption\\.zh has Traditional characters \\(託蘇灣區\\)`)),
    ]);
    const changning = sample();
    changning.plan = 'plan:changning-silicon-alley';
    changning.steps[0].citation = { seed: '000', quote: '長寧區' };
    changning.steps[0].caption.zh = '长宁区';
    expect(messages([changning])).toEqual([]);
  });
});

describe('tour files on disk', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A copy of geodata/ with one tour file written into it (never the real geodata/). */
  function copyWith(name: string, text: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-tours-'));
    dirs.push(dir);
    cpSync(join(root, 'geodata'), join(dir, 'geodata'), { recursive: true });
    writeFileSync(join(dir, 'geodata', 'tours', name), text);
    return join(dir, 'geodata');
  }

  it('malformed JSON is named by its file', () => {
    const dir = copyWith('broken.json', '{ "id": "tour:broken", ');
    const { parseErrors } = loadTourFiles(dir);
    expect(parseErrors).toEqual([expect.stringMatching(/^geodata\/tours\/broken\.json: not valid JSON/)]);
  });

  it('tour files are not read as atlas records', () => {
    expect(Object.keys(loadGeodataFiles().files).some((f) => f.includes('/tours/'))).toBe(false);
  });

  /** `npm run validate` on a geodata folder: its exit status and what it printed to stderr. */
  function validate(dir: string): { status: number; stderr: string } {
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', dir], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      return { status: 0, stderr: '' };
    } catch (e) {
      return e as { status: number; stderr: string };
    }
  }

  it('`npm run validate` exits 1 naming the file and the step of a broken tour', () => {
    const t = sample();
    t.plan = 'plan:jingan-hundred-enterprises-growth-plan'; // a plan no shipped tour walks through
    t.steps[1].highlight = ['zone:nowhere'];
    const { status, stderr } = validate(copyWith('broken.json', JSON.stringify(t, null, 2)));
    expect(status).toBe(1);
    expect(stderr).toMatch(/validate: 1 problem\(s\)/);
    expect(stderr).toMatch(/  geodata\/tours\/broken\.json \[tour:broken step targets\]: highlight: unknown id "zone:nowhere"/);
  }, 60_000);

  it('`npm run validate` exits 1 naming a tour file that is not JSON', () => {
    const { status, stderr } = validate(copyWith('broken.json', '{ "id": "tour:broken", "steps": [ }'));
    expect(status).toBe(1);
    expect(stderr).toMatch(/  geodata\/tours\/broken\.json: not valid JSON/);
  }, 60_000);

  it('the build refuses a broken tour, naming its file and step', () => {
    const t = sample();
    t.plan = 'plan:jingan-hundred-enterprises-growth-plan';
    t.steps[0].citation.quote = '不在种子里的一句话';
    expect(() => buildToursBundle(copyWith('broken.json', JSON.stringify(t)))).toThrow(
      /geodata\/tours\/ has 1 problem\(s\)[\s\S]*geodata\/tours\/broken\.json \[tour:broken step suhe-bay\]: citation\.quote is not an exact substring of seed 003/,
    );
  });
});
