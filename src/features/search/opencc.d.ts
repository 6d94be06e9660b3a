/** Types for the two OpenCC dictionary groups the search imports (the package types only its presets and core). */
declare module 'opencc-js/from/hk' {
  import type { DictGroup } from 'opencc-js/core';
  const dicts: readonly DictGroup[];
  export default dicts;
}
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const dicts: readonly DictGroup[];
  export default dicts;
}
