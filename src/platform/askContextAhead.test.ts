import { describe, expect, it } from 'vitest';
import { askContextAhead } from './askContextAhead';

/** A context that records the questions asked of it; its fences are signalled at once. */
function fakeContext(options: { lostAfter?: number } = {}) {
  const asked: string[] = [];
  const lost = () => options.lostAfter !== undefined && asked.length >= options.lostAfter;
  const gl = {
    VERTEX_SHADER: 1, FRAGMENT_SHADER: 2, HIGH_FLOAT: 3, MEDIUM_FLOAT: 4,
    IMPLEMENTATION_COLOR_READ_FORMAT: 5, IMPLEMENTATION_COLOR_READ_TYPE: 6, SCISSOR_BOX: 7, VIEWPORT: 8,
    SYNC_GPU_COMMANDS_COMPLETE: 9, SYNC_STATUS: 10, SIGNALED: 11,
    fenceSync: () => asked.push('fence') && {},
    flush: () => undefined,
    getSyncParameter: () => 11,
    deleteSync: () => undefined,
    isContextLost: lost,
    getExtension: (name: string) => asked.push(`extension ${name}`),
    getShaderPrecisionFormat: (shader: number, precision: number) => asked.push(`precision ${shader}/${precision}`),
    getParameter: (name: number) => asked.push(`parameter ${name}`),
  };
  return { gl: gl as unknown as WebGL2RenderingContext, asked };
}

describe('asking the renderer\'s context questions ahead', () => {
  it('asks what three.js asks as it sets up: its extensions and the shader precisions, each group after a fence', async () => {
    const { gl, asked } = fakeContext();
    await askContextAhead(gl);
    const questions = asked.filter((entry) => entry !== 'fence');
    expect(questions).toEqual(expect.arrayContaining(['extension EXT_color_buffer_float', 'extension OES_texture_float_linear', 'precision 1/3', 'precision 2/4']));
    expect(new Set(questions).size).toBe(questions.length);
    // Each group after a fence: the first question, and the first precision, right behind one.
    expect(asked[0]).toBe('fence');
    expect(asked[asked.indexOf('precision 1/3') - 1]).toBe('fence');
  });

  it('stops once the context is lost', async () => {
    const { gl, asked } = fakeContext({ lostAfter: 2 });
    await askContextAhead(gl);
    // The first group is asked before the loss is noticed; nothing after it.
    expect(asked.every((question) => question === 'fence' || question.startsWith('extension'))).toBe(true);
  });
});
