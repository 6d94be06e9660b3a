/** Distances as the lists show them: `320 m`, `1.24 km`. Pure. */
import type { Lang } from '../../i18n';

export function formatMetres(m: number, lang: Lang): string {
  if (m < 1000) return `${Math.round(m)} m`;
  return `${(m / 1000).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} km`;
}
