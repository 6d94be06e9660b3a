/** What the map toolbar gives a tool's panel: close it (the toolbar unmounts it; the tool cleans up the map). */
export type ToolProps = { onClose: () => void };
