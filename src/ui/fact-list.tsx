/** A definition list of label/value facts; rows with an empty value are left out. */
import type { ReactNode } from 'react';

export function FactList({ facts }: { facts: [label: string, value: ReactNode][] }) {
  const shown = facts.filter(([, v]) => v !== undefined && v !== null && v !== '');
  if (!shown.length) return null;
  return (
    <dl className="fact-list">
      {shown.map(([label, value]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
