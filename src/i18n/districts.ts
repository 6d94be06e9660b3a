/** Shanghai's 16 districts in English (their official romanised names), for the English UI. */
import { DISTRICTS } from '../data/schema';
import type { Lang } from './index';

export const DISTRICT_EN: Record<(typeof DISTRICTS)[number], string> = {
  黄浦区: 'Huangpu', 徐汇区: 'Xuhui', 长宁区: 'Changning', 静安区: "Jing'an", 普陀区: 'Putuo', 虹口区: 'Hongkou',
  杨浦区: 'Yangpu', 闵行区: 'Minhang', 宝山区: 'Baoshan', 嘉定区: 'Jiading', 浦东新区: 'Pudong New Area',
  金山区: 'Jinshan', 松江区: 'Songjiang', 青浦区: 'Qingpu', 奉贤区: 'Fengxian', 崇明区: 'Chongming',
};

/** A district's name in the UI language (unknown names are shown as given). */
export function districtName(lang: Lang, zh: string): string {
  return lang === 'en' ? (DISTRICT_EN as Record<string, string>)[zh] ?? zh : zh;
}
