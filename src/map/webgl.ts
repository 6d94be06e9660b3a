/**
 * Whether this browser can create a WebGL2 context (the map needs one: luma.gl 9 and MapLibre 5 draw
 * with WebGL2; the panels do not). The probe's context is released at once.
 */
export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
